package nl.leerwerkplaats.progress.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/** A class must do a module: open from {@code openAt}, due at {@code dueAt} (null: no deadline). */
@Entity
@Table(name = "module_assignment")
@NamedQuery(name = ModuleAssignment.FIND_OF_COHORT, query = "select a from ModuleAssignment a "
        + "where a.cohort = :cohort order by a.dueAt, a.id")
@NamedQuery(name = ModuleAssignment.FIND_OF_LEARNER, query = "select a from ModuleAssignment a, CohortMember m "
        + "where m.cohort = a.cohort and m.account = :account and m.removedAt is null "
        + "and m.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
        + "order by a.dueAt, a.id")
@NamedQuery(name = ModuleAssignment.FIND, query = "select a from ModuleAssignment a "
        + "where a.cohort = :cohort and a.courseModule = :module")
public class ModuleAssignment extends BaseEntity {

    public static final String FIND_OF_COHORT = "ModuleAssignment.findOfCohort";
    public static final String FIND_OF_LEARNER = "ModuleAssignment.findOfLearner";
    public static final String FIND = "ModuleAssignment.find";

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @Column(name = "open_at", nullable = false)
    private Instant openAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assigned_by")
    private Account assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ModuleAssignment() {
        // for JPA
    }

    public ModuleAssignment(Cohort cohort, CourseModule module, Instant openAt, Instant dueAt, Account by,
                            Instant at) {
        this.cohort = cohort;
        this.courseModule = module;
        this.assignedBy = by;
        this.assignedAt = at;
        reschedule(openAt, dueAt);
    }

    public final void reschedule(Instant openAt, Instant dueAt) {
        this.openAt = openAt;
        this.dueAt = dueAt;
    }

    public boolean isOpenAt(Instant now) {
        return !openAt.isAfter(now);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public CourseModule getCourseModule() {
        return courseModule;
    }

    public Instant getOpenAt() {
        return openAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Account getAssignedBy() {
        return assignedBy;
    }
}
