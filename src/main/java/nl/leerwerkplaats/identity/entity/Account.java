package nl.leerwerkplaats.identity.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.platform.BaseEntity;

/** Someone who can log in. The user name is lower case; e-mail is optional for the built-in admin. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_LOGIN,
        query = "select a from Account a where a.username = :login or a.email = :login")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.SEARCH, query = "select a from Account a where lower(a.username) like :text "
        + "or lower(a.displayName) like :text or lower(a.email) like :text order by a.displayName")
// Bookkeeping, not an edit: no version check, so the same person logging in twice at once never fails.
@NamedQuery(name = Account.RECORD_LOGIN, query = "update Account a set a.lastLoginAt = :at where a.id = :id")
public class Account extends BaseEntity {

    public static final String FIND_BY_LOGIN = "Account.findByLogin";
    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String SEARCH = "Account.search";
    public static final String RECORD_LOGIN = "Account.recordLogin";
    /** Stored instead of a hash while an invited account has no password yet: no password matches it. */
    public static final String NO_PASSWORD = "!";
    public static final int SKJ_NUMBER_MAX = 20;
    public static final int USERNAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @NotNull
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Size(max = SKJ_NUMBER_MAX)
    @Column(name = "skj_number", length = SKJ_NUMBER_MAX)
    private String skjNumber;

    @Column(name = "skj_registration_start")
    private java.time.LocalDate skjRegistrationStart;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                   Instant createdAt) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.email = email == null ? null : normalise(email);
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /** Logins are case-insensitive: user names and e-mail addresses are stored lower case. */
    public static String normalise(String login) {
        return login == null ? null : login.trim().toLowerCase(Locale.ROOT);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    /** A new address must be confirmed again. */
    public void changeEmail(String newEmail) {
        String normalised = normalise(newEmail);
        if (normalised != null && !normalised.equals(email)) {
            email = normalised;
            emailVerified = false;
        }
    }

    public void confirmEmail() {
        emailVerified = true;
    }

    /** SKJ registration: the number and the start of the current five-year registration period. */
    public void changeSkjRegistration(String number, java.time.LocalDate periodStart) {
        skjNumber = number == null || number.isBlank() ? null : number.trim();
        skjRegistrationStart = periodStart;
    }

    /**
     * On request (AVG/GDPR): name, e-mail, user name and SKJ registration are replaced or removed and the account
     * can no longer log in; the id stays, so the class statistics keep their rows.
     */
    public void anonymise(Instant at) {
        username = "anonymised-" + getId();
        displayName = "Anoniem " + getId();
        email = null;
        emailVerified = false;
        passwordHash = NO_PASSWORD;
        skjNumber = null;
        skjRegistrationStart = null;
        active = false;
        anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** Roles change; the account, and with it everything it did, stays (a student can become a professional). */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles = EnumSet.copyOf(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::roleName).collect(Collectors.toSet());
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getSkjNumber() {
        return skjNumber;
    }

    public java.time.LocalDate getSkjRegistrationStart() {
        return skjRegistrationStart;
    }

    /** "student, lecturer" for lists. */
    public String getRoleList() {
        return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
    }
}
