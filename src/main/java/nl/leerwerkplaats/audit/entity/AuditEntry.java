package nl.leerwerkplaats.audit.entity;

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
 * One change an admin or lecturer made: who, what, when. The actor's name is copied, so the entry still reads
 * right after the account is renamed or anonymised.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_OF_SUBJECT, query = "select e from AuditEntry e where e.subject = :subject "
        + "order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEntry.FIND_RECENT, query = "select e from AuditEntry e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEntry.SEARCH, query = "select e from AuditEntry e where e.occurredAt >= :from "
        + "and e.occurredAt < :until and (lower(e.actorName) like :pattern or lower(e.action) like :pattern "
        + "or lower(e.subject) like :pattern or lower(e.detail) like :pattern) order by e.occurredAt desc, e.id desc")
public class AuditEntry extends BaseEntity {

    public static final String FIND_OF_SUBJECT = "AuditEntry.findOfSubject";
    public static final String FIND_RECENT = "AuditEntry.findRecent";
    public static final String SEARCH = "AuditEntry.search";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ManyToOne
    @JoinColumn(name = "actor_id", updatable = false)
    private Account actor;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, Account actor, String action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actor.getDisplayName();
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
