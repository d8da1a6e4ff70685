package nl.leerwerkplaats.identity.boundary;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;

import nl.leerwerkplaats.identity.control.PasswordPolicy;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataChange;

/** Finding, creating, changing and logging in accounts. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

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
     * A new account with a password of the owner's choosing, checked against the password policy.
     * The e-mail address is the user name.
     */
    public Account register(@NotBlank String displayName, @NotBlank String email, @NotBlank String password,
                            Set<Role> roles) {
        requireFreeEmail(email, null);
        requireAcceptable(password, email, email);
        return create(email, displayName.trim(), email, password.toCharArray(), roles);
    }

    /** An account that cannot log in until its owner sets a password through an invitation link. */
    public Account createInvited(@NotBlank String displayName, @NotBlank String email, Set<Role> roles) {
        requireFreeEmail(email, null);
        Account account = new Account(email, displayName.trim(), email, Account.NO_PASSWORD, roles, clock.instant());
        em.persist(account);
        em.flush();
        audit(current(), "account.created", account, roles.toString());
        return account;
    }

    public Optional<Account> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createNamedQuery(Account.SEARCH, Account.class).setParameter("text", pattern)
                .setMaxResults(max).getResultList();
    }

    public Account changePassword(Long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (!account.hasPassword() || !hashing.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException("password.currentWrong", "current");
        }
        return setPassword(account, newPassword);
    }

    /** Sets a new password after the policy check (invitation, reset, or change). */
    public Account setPassword(Account account, String newPassword) {
        Account managed = em.find(Account.class, account.getId());
        requireAcceptable(newPassword, managed.getUsername(), managed.getEmail());
        managed.changePasswordHash(hashing.hash(newPassword.toCharArray()));
        return managed;
    }

    public Account updateProfile(Long accountId, @NotBlank String displayName, String email, String skjNumber,
                                 LocalDate skjRegistrationStart) {
        Account account = em.find(Account.class, accountId);
        if (email != null && !email.isBlank()) {
            requireFreeEmail(email, account);
            account.changeEmail(email);
        }
        account.rename(displayName.trim());
        account.changeSkjRegistration(skjNumber, skjRegistrationStart);
        return account;
    }

    /** An admin's edit: name, e-mail, roles and whether the account may log in. */
    public Account updateByAdmin(Long accountId, @NotBlank String displayName, String email, Set<Role> roles,
                                 boolean active) {
        Account current = em.find(Account.class, accountId);
        Account account = updateProfile(accountId, displayName, email, current.getSkjNumber(),
                current.getSkjRegistrationStart());
        if (roles.isEmpty()) {
            throw new BusinessException("account.rolesRequired", "roles");
        }
        account.changeRoles(roles);
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        audit(current(), "account.changedByAdmin", account, "roles " + roles + (active ? ", active" : ", deactivated"));
        return account;
    }

    /** Records a change an admin or lecturer made to an account; none when no one is logged in (a registration). */
    public void audit(Optional<Account> actor, String action, Account account, String detail) {
        actor.ifPresent(by ->
                changes.fire(new DataChange(by.getId(), action, "account:" + account.getId(), detail)));
    }

    private void requireFreeEmail(String email, Account owner) {
        Optional<Account> existing = findByLogin(email);
        if (existing.isPresent() && !existing.get().equals(owner)) {
            throw new BusinessException("account.emailTaken", "email");
        }
    }

    private static void requireAcceptable(String password, String username, String email) {
        new PasswordPolicy().problem(password, username, email).ifPresent(key -> {
            throw new BusinessException(key, "password");
        });
    }

    /**
     * Checks a password. Inactive and unknown accounts fail exactly like a wrong password, and take as long.
     */
    public Optional<Account> authenticate(String login, char[] password) {
        Optional<Account> account = login == null || login.isBlank() ? Optional.empty() : findByLogin(login);
        if (account.isEmpty() || !account.get().hasPassword()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        boolean valid = hashing.verify(password, account.get().getPasswordHash());
        if (!valid || !account.get().isActive()) {
            return Optional.empty();
        }
        em.createNamedQuery(Account.RECORD_LOGIN).setParameter("at", clock.instant())
                .setParameter("id", account.get().getId()).executeUpdate();
        return account;
    }
}
