package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseSettingsTest {

    /** Settings as MicroProfile Config gives them: LWP_DB_URL is read as lwp.db.url. */
    private static DatabaseSettings settings(String... keysAndValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return DatabaseSettings.from(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    @DisplayName("no LWP_DB_URL: embedded Derby in ./data/derby, as an absolute path")
    void defaultIsDerbyInTheDataDirectory() {
        DatabaseSettings settings = settings();

        Path dataDir = Path.of(DatabaseSettings.DEFAULT_DATA_DIR).toAbsolutePath().normalize();
        assertAll(
                () -> assertEquals(DatabaseSettings.Vendor.DERBY, settings.vendor()),
                () -> assertFalse(settings.isPostgreSql()),
                () -> assertEquals("org.apache.derby.jdbc.EmbeddedDataSource", settings.dataSourceClass()),
                () -> assertEquals(dataDir, settings.dataDir()),
                () -> assertTrue(Path.of(settings.databaseName()).isAbsolute(), settings.databaseName()),
                () -> assertEquals(dataDir.resolve("derby").toString(), settings.databaseName()),
                () -> assertEquals("lwp", settings.user()),
                () -> assertEquals("lwp", settings.password()));
    }

    @Test
    @DisplayName("LWP_DATA_DIR moves the Derby database to <data dir>/derby")
    void derbyFollowsTheDataDirectory(@TempDir Path dataDir) {
        DatabaseSettings settings = settings("lwp.data.dir", dataDir + "/./sub/..");

        assertEquals(dataDir.resolve("derby").toString(), settings.databaseName());
        assertEquals(dataDir, settings.dataDir());
        assertEquals("embedded Derby " + dataDir.resolve("derby"), settings.describe());
    }

    @Test
    @DisplayName("a relative LWP_DATA_DIR still gives an absolute Derby path")
    void relativeDataDirIsMadeAbsolute() {
        DatabaseSettings settings = settings("lwp.data.dir", "target/lwp-data");

        assertTrue(Path.of(settings.databaseName()).isAbsolute(), settings.databaseName());
        assertTrue(settings.databaseName().endsWith("target/lwp-data/derby"), settings.databaseName());
    }

    @Test
    @DisplayName("jdbc:derby:memory:x;create=true gives database name memory:x")
    void derbyUrlWithAttributes() {
        DatabaseSettings settings = settings("lwp.db.url", "jdbc:derby:memory:x;create=true");

        assertEquals(DatabaseSettings.Vendor.DERBY, settings.vendor());
        assertEquals("memory:x", settings.databaseName());
    }

    @Test
    @DisplayName("jdbc:postgresql://db.example:6543/lwp gives host, port and database")
    void postgresqlUrlIsParsed() {
        DatabaseSettings settings = settings("lwp.db.url", " jdbc:postgresql://db.example:6543/lwp ",
                "lwp.db.user", "leerwerk", "lwp.db.password", "geheim");

        assertAll(
                () -> assertEquals(DatabaseSettings.Vendor.POSTGRESQL, settings.vendor()),
                () -> assertTrue(settings.isPostgreSql()),
                () -> assertEquals("org.postgresql.ds.PGSimpleDataSource", settings.dataSourceClass()),
                () -> assertEquals("db.example", settings.serverName()),
                () -> assertEquals(6543, settings.port()),
                () -> assertEquals("lwp", settings.databaseName()),
                () -> assertEquals("leerwerk", settings.user()),
                () -> assertEquals("geheim", settings.password()),
                () -> assertEquals("PostgreSQL db.example:6543/lwp", settings.describe()),
                () -> assertFalse(settings.describe().contains("geheim"), "no credentials in the description"));
    }

    @Test
    @DisplayName("a PostgreSQL URL without port uses 5432; query parameters are not part of the database name")
    void postgresqlDefaultPort() {
        DatabaseSettings settings = settings("lwp.db.url", "jdbc:postgresql://localhost/leerwerkplaats?sslmode=require");

        assertEquals("localhost", settings.serverName());
        assertEquals(5432, settings.port());
        assertEquals("leerwerkplaats", settings.databaseName());
    }

    @ParameterizedTest(name = "''{0}'' is rejected naming LWP_DB_URL")
    @ValueSource(strings = {"jdbc:mysql://db.example:3306/lwp", "jdbc:oracle:thin:@db.example:1521:lwp",
            "postgresql://db.example/lwp", "jdbc:postgresql://db.example:6543/", "jdbc:postgresql://db.example:6543",
            "jdbc:postgresql:lwp", "jdbc:postgresql:///lwp"})
    void otherVendorOrMissingDatabaseIsRejected(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings("lwp.db.url", url));

        assertTrue(e.getMessage().contains("LWP_DB_URL"), e::getMessage);
        assertTrue(e.getMessage().contains(url), e::getMessage);
    }
}
