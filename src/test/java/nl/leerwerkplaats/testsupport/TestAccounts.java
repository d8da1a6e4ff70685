package nl.leerwerkplaats.testsupport;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;

/** Creates accounts with unique names for tests inside the server. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    Accounts accounts;

    public Account student() {
        return create(Role.STUDENT);
    }

    public Account create(Role role) {
        String name = "test-" + role.roleName() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        return accounts.create(name, "Test " + role.roleName(), name + "@example.org", PASSWORD.toCharArray(),
                Set.of(role));
    }
}
