package nl.leerwerkplaats.identity.boundary;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;

/** The logged-in account, looked up once per request. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> find() {
        if (account == null) {
            account = accounts.current();
        }
        return account;
    }

    /** For pages behind login, where web.xml guarantees an account. */
    public Account get() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in account"));
    }

    public boolean isLoggedIn() {
        return find().isPresent();
    }

    public boolean isAdmin() {
        return find().map(a -> a.hasRole(Role.ADMIN)).orElse(false);
    }

    /** Lecturers and admins: they preview quizzes, mark essays and read item analyses. */
    public boolean isStaff() {
        return find().map(a -> a.hasRole(Role.LECTURER) || a.hasRole(Role.ADMIN)).orElse(false);
    }

    public String getDisplayName() {
        return find().map(Account::getDisplayName).orElse("");
    }
}
