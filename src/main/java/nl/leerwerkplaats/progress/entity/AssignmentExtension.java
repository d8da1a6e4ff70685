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

/** One learner's own, later due moment for an assignment (illness, an accommodation). */
@Entity
@Table(name = "assignment_extension")
@NamedQuery(name = AssignmentExtension.FIND_OF_ASSIGNMENTS, query = "select e from AssignmentExtension e "
        + "where e.assignment in :assignments")
@NamedQuery(name = AssignmentExtension.FIND, query = "select e from AssignmentExtension e "
        + "where e.assignment = :assignment and e.account = :account")
public class AssignmentExtension extends BaseEntity {

    public static final String FIND_OF_ASSIGNMENTS = "AssignmentExtension.findOfAssignments";
    public static final String FIND = "AssignmentExtension.find";

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ModuleAssignment assignment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "granted_by")
    private Account grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected AssignmentExtension() {
        // for JPA
    }

    public AssignmentExtension(ModuleAssignment assignment, Account account, Instant dueAt, Account by, Instant at) {
        this.assignment = assignment;
        this.account = account;
        change(dueAt, by, at);
    }

    public final void change(Instant newDueAt, Account by, Instant at) {
        this.dueAt = newDueAt;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public ModuleAssignment getAssignment() {
        return assignment;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
