package nl.leerwerkplaats.progress.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/** A reminder went out for this due moment; the unique key makes a second instance's sweep skip it. */
@Entity
@Table(name = "assignment_reminder")
@NamedQuery(name = AssignmentReminder.COUNT, query = "select count(r) from AssignmentReminder r "
        + "where r.assignment = :assignment and r.account = :account and r.dueAt = :dueAt")
public class AssignmentReminder extends BaseEntity {

    public static final String COUNT = "AssignmentReminder.count";

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ModuleAssignment assignment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected AssignmentReminder() {
        // for JPA
    }

    public AssignmentReminder(ModuleAssignment assignment, Account account, Instant dueAt, Instant sentAt) {
        this.assignment = assignment;
        this.account = account;
        this.dueAt = dueAt;
        this.sentAt = sentAt;
    }
}
