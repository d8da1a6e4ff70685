package nl.leerwerkplaats.identity.boundary;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.DemoMode;
import nl.leerwerkplaats.platform.PlatformSettings;

/** The first admin on an empty database, and the demo accounts in demo mode; both idempotent. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    public static final String ADMIN = "admin";
    public static final String DEMO_PASSWORD = "demo";

    /** One demo account per role; listed in the README. */
    public record DemoAccount(String username, String displayName, Role role) {
    }

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("demo-student", "Sanne de Student", Role.STUDENT),
            new DemoAccount("demo-student-2", "Mo Bakker", Role.STUDENT),
            new DemoAccount("demo-student-3", "Lotte Visser", Role.STUDENT),
            new DemoAccount("demo-docent", "Daan de Docent", Role.LECTURER),
            new DemoAccount("demo-professional", "Priya de Professional", Role.PROFESSIONAL),
            new DemoAccount("demo-beheerder", "Bram de Beheerder", Role.ADMIN));

    @Inject
    Accounts accounts;

    @Inject
    PlatformSettings settings;

    @Inject
    DemoMode demoMode;

    @PostConstruct
    void bootstrap() {
        ensureFirstAdmin();
        if (demoMode.isActive()) {
            DEMO_ACCOUNTS.forEach(demo -> accounts.findByUsername(demo.username()).ifPresentOrElse(Account::activate,
                    () -> accounts.create(demo.username(), demo.displayName(), null,
                            DEMO_PASSWORD.toCharArray(), Set.of(demo.role()))));
            LOG.info("Demo mode: demo accounts " + DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList()
                    + " with password '" + DEMO_PASSWORD + "'");
        } else {
            // A data folder once started in demo mode must not keep well-known passwords working afterwards.
            DEMO_ACCOUNTS.forEach(demo -> accounts.findByUsername(demo.username()).ifPresent(Account::deactivate));
        }
    }

    private void ensureFirstAdmin() {
        if (accounts.findByUsername(ADMIN).isPresent()) {
            return;
        }
        boolean generated = settings.adminPassword().isEmpty();
        String password = settings.adminPassword().orElseGet(AccountBootstrap::randomPassword);
        accounts.create(ADMIN, "Beheerder", null, password.toCharArray(), Set.of(Role.ADMIN));
        if (generated) {
            LOG.warning("Created the first admin account 'admin' with password: " + password
                    + "  (shown once; set LWP_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info("Created the first admin account 'admin' with the password from LWP_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
