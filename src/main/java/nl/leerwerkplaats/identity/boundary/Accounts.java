package nl.leerwerkplaats.identity.boundary;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;

/** Finding, creating and logging in accounts. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    public Optional<Account> findByLogin(@NotBlank String login) {
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", Account.normalise(login))
                .getResultStream().findFirst();
    }

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", Account.normalise(username))
                .getResultStream().findFirst();
    }

    /** The logged-in account of this request, if any. */
    public Optional<Account> current() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : findByUsername(principal.getName());
    }

    public Account create(@NotBlank String username, @NotBlank String displayName, String email,
                          char[] password, Set<Role> roles) {
        Account account = new Account(username, displayName, email, hashing.hash(password), roles, clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Checks a password. Inactive and unknown accounts fail exactly like a wrong password, and take as long.
     */
    public Optional<Account> authenticate(String login, char[] password) {
        Optional<Account> account = login == null || login.isBlank() ? Optional.empty() : findByLogin(login);
        if (account.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        boolean valid = hashing.verify(password, account.get().getPasswordHash());
        if (!valid || !account.get().isActive()) {
            return Optional.empty();
        }
        account.get().recordLogin(clock.instant());
        return account;
    }
}
