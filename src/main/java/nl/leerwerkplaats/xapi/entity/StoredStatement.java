package nl.leerwerkplaats.xapi.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * One xAPI statement as the platform stored it. The JSON body is kept as written (statements are immutable);
 * the columns beside it are there to filter, page and forward without parsing.
 */
@Entity
@Table(name = "xapi_statement")
@NamedQuery(name = StoredStatement.FIND_TO_FORWARD, query = "select s from StoredStatement s "
        + "where s.forwardedAt is null and (s.nextForwardAt is null or s.nextForwardAt <= :now) order by s.id")
public class StoredStatement extends BaseEntity {

    public static final String FIND_TO_FORWARD = "StoredStatement.findToForward";
    public static final int BODY_MAX = 20000;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 200)
    private String verb;

    @Column(name = "object_id", nullable = false, length = 500)
    private String objectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Column(name = "forward_attempts", nullable = false)
    private int forwardAttempts;

    @Column(name = "next_forward_at")
    private Instant nextForwardAt;

    protected StoredStatement() {
        // for JPA
    }

    public StoredStatement(String statementId, Account account, String verb, String objectId, Instant occurredAt,
                           Instant storedAt, String body) {
        this.statementId = statementId;
        this.account = account;
        this.verb = verb;
        this.objectId = objectId;
        this.occurredAt = occurredAt;
        this.storedAt = storedAt;
        this.body = body;
    }

    public void forwarded(Instant at) {
        this.forwardedAt = at;
    }

    /** The LRS refused or was away: try again later, waiting longer each time (capped at an hour). */
    public void forwardFailed(Instant now) {
        forwardAttempts++;
        long seconds = Math.min(3600, 15L << Math.min(forwardAttempts, 8));
        nextForwardAt = now.plusSeconds(seconds);
    }

    public String getStatementId() {
        return statementId;
    }

    public Account getAccount() {
        return account;
    }

    public String getVerb() {
        return verb;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public String getBody() {
        return body;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public int getForwardAttempts() {
        return forwardAttempts;
    }
}
