package nl.leerwerkplaats.identity.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.platform.BaseEntity;

/**
 * A one-time link (invitation, password reset, e-mail verification). Only the SHA-256 hash of the token is
 * stored, so a copy of the database opens no account; @Version makes a second use in parallel fail.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = AccountToken.FIND_OPEN, query = "select t from AccountToken t where t.account = :account "
        + "and t.purpose = :purpose and t.usedAt is null")
public class AccountToken extends BaseEntity {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String FIND_OPEN = "AccountToken.findOpen";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a later or parallel second use finds it used. */
    public void use(Instant now) {
        usedAt = now;
    }

    /** A newer link of the same kind replaces this one. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
