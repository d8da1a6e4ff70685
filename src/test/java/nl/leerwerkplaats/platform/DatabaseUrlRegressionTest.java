package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LWP_DB_URL inputs that were once handled wrongly. */
class DatabaseUrlRegressionTest {
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:derby:", "jdbc:derby:;create=true", "jdbc:postgresql://db host:5432/lwp"})
    void rejectedNamingLwpDbUrl(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(k -> k.equals("lwp.db.url") ? Optional.of(url) : Optional.empty()),
                () -> "accepted: " + DatabaseSettings.from(k -> k.equals("lwp.db.url") ? Optional.of(url) : Optional.empty()));
        assertTrue(e.getMessage().contains("LWP_DB_URL"), e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://lwp_db:5432/lwp"})
    void underscoreHostAccepted(String url) {
        DatabaseSettings s = assertDoesNotThrow(() -> DatabaseSettings.from(k -> k.equals("lwp.db.url") ? Optional.of(url) : Optional.empty()));
        assertEquals("lwp_db", s.serverName());
    }
}
