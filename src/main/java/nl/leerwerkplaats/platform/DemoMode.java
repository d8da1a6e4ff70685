package nl.leerwerkplaats.platform;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Demo mode (LWP_DEMO=true): demo accounts and a banner on every page. Only when asked for, and refused
 * on PostgreSQL, which means a real installation whose people must never meet demo passwords.
 */
@Named
@ApplicationScoped
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    public enum Decision { OFF, ON, REFUSED_ON_POSTGRESQL }

    @Inject
    PlatformSettings settings;

    private Decision decision;

    /** Pure rule, unit tested: on only when requested, never with PostgreSQL. */
    public static Decision decide(boolean requested, DatabaseSettings database) {
        if (!requested) {
            return Decision.OFF;
        }
        return database.isPostgreSql() ? Decision.REFUSED_ON_POSTGRESQL : Decision.ON;
    }

    @PostConstruct
    void decide() {
        decision = decide(settings.demoRequested(), settings.database());
        if (decision == Decision.REFUSED_ON_POSTGRESQL) {
            LOG.severe("LWP_DEMO=true refused: demo mode never runs on a PostgreSQL database (LWP_DB_URL is set). "
                    + "Starting without demo accounts.");
        }
    }

    public boolean isActive() {
        return decision == Decision.ON;
    }

    public Decision decision() {
        return decision;
    }
}
