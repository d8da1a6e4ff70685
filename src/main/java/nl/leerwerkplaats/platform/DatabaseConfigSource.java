package nl.leerwerkplaats.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Offers the data source attributes of {@link DataSourceDefinitionHolder} as MicroProfile Config keys
 * ({@code lwp.datasource.*}), so that one WAR runs on Derby or PostgreSQL by environment variables alone.
 * A ConfigSource cannot ask the Config it belongs to, so it reads system properties and the environment itself.
 */
public class DatabaseConfigSource implements ConfigSource {

    private final Map<String, String> properties;

    public DatabaseConfigSource() {
        DatabaseSettings settings = DatabaseSettings.from(DatabaseConfigSource::lookup);
        if (!settings.isPostgreSql()) {
            prepareDerby(settings.dataDir());
        }
        properties = Map.of(
                "lwp.datasource.class-name", settings.dataSourceClass(),
                "lwp.datasource.server-name", settings.serverName(),
                "lwp.datasource.port-number", Integer.toString(settings.port()),
                "lwp.datasource.database-name", settings.databaseName(),
                "lwp.datasource.user", settings.user(),
                "lwp.datasource.password", settings.password());
    }

    /**
     * Derby writes derby.log into the working directory unless told otherwise when it boots. This source is
     * built before the data source is, so it is the earliest place the application can say where the log goes,
     * how many compiled statements Derby keeps and how many identity values it reserves at a time.
     */
    private static void prepareDerby(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDir, e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        }
        // Derby keeps 100 compiled statements by default, fewer than the platform uses: the load benchmark saw
        // threads queue to recompile evicted ones. 1000 costs a few MB.
        if (System.getProperty("derby.language.statementCacheSize") == null) {
            System.setProperty("derby.language.statementCacheSize", "1000");
        }
        // Derby hands out identity values from ranges it records on disk, 100 at a time by default; each new range
        // is a moment where concurrent inserts can time out on its catalog lock (TransientFailure). 1000 makes
        // those moments ten times rarer; a crash skips at most 1000 ids per table.
        if (System.getProperty("derby.language.sequence.preallocator") == null) {
            System.setProperty("derby.language.sequence.preallocator", "1000");
        }
    }

    /** System property first, then the environment variable as MicroProfile Config would map it. */
    static Optional<String> lookup(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.replace('.', '_').toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "leerwerkplaats-database";
    }

    @Override
    public int getOrdinal() {
        return 250;
    }
}
