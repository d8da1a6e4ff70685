package nl.leerwerkplaats.progress.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * A learner's secret feed address: calendar applications cannot log in, so the unguessable token is the key.
 * A new token (the learner asks for one) makes the old address stop working.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.FIND_BY_TOKEN, query = "select f from CalendarFeed f where f.token = :token")
@NamedQuery(name = CalendarFeed.FIND_OF_ACCOUNT, query = "select f from CalendarFeed f where f.account = :account")
public class CalendarFeed extends BaseEntity {

    public static final String FIND_BY_TOKEN = "CalendarFeed.findByToken";
    public static final String FIND_OF_ACCOUNT = "CalendarFeed.findOfAccount";

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(Account account, String token, Instant at) {
        this.account = account;
        renew(token, at);
    }

    public final void renew(String newToken, Instant at) {
        this.token = newToken;
        this.createdAt = at;
    }

    public Account getAccount() {
        return account;
    }

    public String getToken() {
        return token;
    }
}
