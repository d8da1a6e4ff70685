package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoModeTest {

    private static final DatabaseSettings DERBY =
            DatabaseSettings.from(key -> key.equals("lwp.db.url") ? Optional.of("jdbc:derby:memory:demo") : Optional.empty());
    private static final DatabaseSettings POSTGRESQL =
            DatabaseSettings.from(key -> key.equals("lwp.db.url") ? Optional.of("jdbc:postgresql://db.example/lwp") : Optional.empty());

    @ParameterizedTest(name = "not requested: off, also with PostgreSQL={0}")
    @ValueSource(booleans = {false, true})
    void offUnlessRequested(boolean postgresql) {
        assertEquals(DemoMode.Decision.OFF, DemoMode.decide(false, postgresql ? POSTGRESQL : DERBY));
    }

    @Test
    @DisplayName("identity R6: requested with Derby, demo mode is on")
    void onWithDerby() {
        assertEquals(DemoMode.Decision.ON, DemoMode.decide(true, DERBY));
    }

    @Test
    @DisplayName("identity R6: requested with PostgreSQL, demo mode is refused")
    void refusedWithPostgresql() {
        assertEquals(DemoMode.Decision.REFUSED_ON_POSTGRESQL, DemoMode.decide(true, POSTGRESQL));
    }
}
