package nl.leerwerkplaats.progress.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataChange;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.control.DueDates;
import nl.leerwerkplaats.progress.entity.AssignmentExtension;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * Modules a class must do, with open and due dates picked as dates in the platform's time zone: open from the
 * start of the open date, due at the chosen time (23:59 by default) of the due date. Lecturers of the class and
 * admins change them; each learner may get their own later due date.
 */
@Stateless
public class Assignments {

    public static final LocalTime DEFAULT_DUE_TIME = LocalTime.of(23, 59);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Clock clock;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    PlatformSettings settings;

    @Inject
    Notifications notifications;

    /** One learner's view of an assignment: the due moment that holds for them. */
    public record Deadline(ModuleAssignment assignment, Instant dueAt, boolean extended) {
    }

    public List<ModuleAssignment> ofCohort(Cohort cohort) {
        return em.createNamedQuery(ModuleAssignment.FIND_OF_COHORT, ModuleAssignment.class)
                .setParameter("cohort", cohort).getResultList();
    }

    public ModuleAssignment assign(Account by, Long cohortId, String moduleKey, @NotNull LocalDate openDate,
                                   LocalDate dueDate, LocalTime dueTime) {
        Cohort cohort = cohorts.manageableBy(cohortId, by);
        CourseModule module = catalog.withContent(moduleKey)
                .orElseThrow(() -> new BusinessException("assignment.unknownModule", "module"));
        if (!em.createNamedQuery(ModuleAssignment.FIND, ModuleAssignment.class).setParameter("cohort", cohort)
                .setParameter("module", module).getResultList().isEmpty()) {
            throw new BusinessException("assignment.alreadyAssigned", "module");
        }
        Instant[] window = window(openDate, dueDate, dueTime);
        ModuleAssignment assignment = new ModuleAssignment(cohort, em.find(CourseModule.class, module.getId()),
                window[0], window[1], em.find(Account.class, by.getId()), clock.instant());
        em.persist(assignment);
        String about = module.getCurrentVersion().getTitle();
        for (CohortMember member : cohorts.members(cohort)) {
            if (member.getMemberRole() == MemberRole.LEARNER) {
                notifications.notify(member.getAccount(), "notify.moduleAssigned", about,
                        "/learning/module?id=" + module.getModuleKey());
            }
        }
        changes.fire(new DataChange(by.getId(), "assignment.created", Cohorts.subject(cohort),
                module.getModuleKey() + ", " + window[0] + " - " + window[1]));
        return assignment;
    }

    public ModuleAssignment reschedule(Account by, Long assignmentId, @NotNull LocalDate openDate,
                                       LocalDate dueDate, LocalTime dueTime) {
        ModuleAssignment assignment = manageable(by, assignmentId);
        Instant[] window = window(openDate, dueDate, dueTime);
        assignment.reschedule(window[0], window[1]);
        changes.fire(new DataChange(by.getId(), "assignment.rescheduled", Cohorts.subject(assignment.getCohort()),
                assignment.getCourseModule().getModuleKey() + ", " + window[0] + " - " + window[1]));
        return assignment;
    }

    /** Takes the module off the class's list; what learners did stays theirs. */
    public void unassign(Account by, Long assignmentId) {
        ModuleAssignment assignment = manageable(by, assignmentId);
        em.createQuery("delete from AssignmentExtension e where e.assignment = :a")
                .setParameter("a", assignment).executeUpdate();
        em.createQuery("delete from AssignmentReminder r where r.assignment = :a")
                .setParameter("a", assignment).executeUpdate();
        em.remove(assignment);
        changes.fire(new DataChange(by.getId(), "assignment.removed", Cohorts.subject(assignment.getCohort()),
                assignment.getCourseModule().getModuleKey()));
    }

    /** A later due moment for one learner of the class; null date removes their extension. */
    public AssignmentExtension extend(Account by, Long assignmentId, Long learnerId, LocalDate dueDate,
                                      LocalTime dueTime) {
        ModuleAssignment assignment = manageable(by, assignmentId);
        Account learner = learnerId == null ? null : em.find(Account.class, learnerId);
        if (learner == null || cohorts.members(assignment.getCohort()).stream().noneMatch(
                m -> m.getAccount().equals(learner) && m.getMemberRole() == MemberRole.LEARNER)) {
            throw new AccessDenied("learner " + learnerId + " of assignment " + assignmentId);
        }
        AssignmentExtension existing = em.createNamedQuery(AssignmentExtension.FIND, AssignmentExtension.class)
                .setParameter("assignment", assignment).setParameter("account", learner)
                .getResultStream().findFirst().orElse(null);
        if (dueDate == null) {
            if (existing != null) {
                em.remove(existing);
                changes.fire(new DataChange(by.getId(), "extension.removed", Cohorts.subject(assignment.getCohort()),
                        assignment.getCourseModule().getModuleKey() + ", account:" + learner.getId()));
            }
            return null;
        }
        Instant due = DueDates.at(dueDate, dueTime == null ? DEFAULT_DUE_TIME : dueTime, settings.timeZone());
        if (!due.isAfter(assignment.getOpenAt())) {
            throw new BusinessException("assignment.dueBeforeOpen", "extension");
        }
        Account staff = em.find(Account.class, by.getId());
        if (existing == null) {
            existing = new AssignmentExtension(assignment, learner, due, staff, clock.instant());
            em.persist(existing);
        } else {
            existing.change(due, staff, clock.instant());
        }
        changes.fire(new DataChange(by.getId(), "extension.granted", Cohorts.subject(assignment.getCohort()),
                assignment.getCourseModule().getModuleKey() + ", account:" + learner.getId() + ", due " + due));
        notifications.notify(learner, "notify.extensionGranted", assignment.getCourseModule().getCurrentVersion()
                .getTitle(), "/learning/dashboard");
        return existing;
    }

    /** The due moments of every learner for the assignments, extensions included, in one query. */
    public DueMoments dueMoments(List<ModuleAssignment> assignments) {
        if (assignments.isEmpty()) {
            return new DueMoments(Map.of());
        }
        return new DueMoments(em.createNamedQuery(AssignmentExtension.FIND_OF_ASSIGNMENTS, AssignmentExtension.class)
                .setParameter("assignments", assignments).getResultStream()
                .collect(Collectors.groupingBy(e -> e.getAssignment().getId(),
                        Collectors.toMap(e -> e.getAccount().getId(), AssignmentExtension::getDueAt))));
    }

    /** The learner's assignments in their active classes, each with the due moment that holds for them. */
    public List<Deadline> deadlinesOf(Account learner) {
        List<ModuleAssignment> assignments = em.createNamedQuery(ModuleAssignment.FIND_OF_LEARNER,
                ModuleAssignment.class).setParameter("account", em.find(Account.class, learner.getId()))
                .getResultStream().filter(a -> !a.getCohort().isArchived()).toList();
        DueMoments due = dueMoments(assignments);
        return assignments.stream().map(a -> new Deadline(a, due.dueFor(a, learner.getId()),
                due.isExtended(a, learner.getId()))).toList();
    }

    public ModuleAssignment manageable(Account by, Long assignmentId) {
        ModuleAssignment assignment = assignmentId == null ? null : em.find(ModuleAssignment.class, assignmentId);
        if (assignment == null || !cohorts.canManage(assignment.getCohort(), by)) {
            throw new AccessDenied("assignment " + assignmentId);
        }
        return assignment;
    }

    public ModuleAssignment visible(Account by, Long assignmentId) {
        ModuleAssignment assignment = assignmentId == null ? null : em.find(ModuleAssignment.class, assignmentId);
        if (assignment == null) {
            throw new AccessDenied("assignment " + assignmentId);
        }
        cohorts.visibleTo(assignment.getCohort().getId(), by);
        return assignment;
    }

    private Instant[] window(LocalDate openDate, LocalDate dueDate, LocalTime dueTime) {
        Instant open = DueDates.at(openDate, LocalTime.MIDNIGHT, settings.timeZone());
        Instant due = dueDate == null ? null
                : DueDates.at(dueDate, dueTime == null ? DEFAULT_DUE_TIME : dueTime, settings.timeZone());
        if (due != null && !due.isAfter(open)) {
            throw new BusinessException("assignment.dueBeforeOpen", "due");
        }
        return new Instant[] {open, due};
    }
}
