package nl.leerwerkplaats.progress.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.control.DueDates;
import nl.leerwerkplaats.progress.entity.AssignmentReminder;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * Automatic reminders: {@code LWP_REMINDER_DAYS} (default 3) days before a learner's due moment, once per due
 * moment, to learners who have not completed the module. In-app always, by e-mail when mail is configured.
 */
@Stateless
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlatformSettings settings;

    @Inject
    Assignments assignments;

    @Inject
    Cohorts cohorts;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "lwp.reminder.days", defaultValue = "3")
    int daysBefore;

    /** Assignments whose reminders may be due now: open, and due (or extended) later than now. */
    public List<Long> candidates() {
        // Archived classes are left out in Java: Derby compares a BOOLEAN column with the 0 EclipseLink binds.
        return em.createQuery("select a from ModuleAssignment a where a.openAt <= :now and (a.dueAt > :now or exists (select e from AssignmentExtension e "
                + "where e.assignment = a and e.dueAt > :now))", ModuleAssignment.class)
                .setParameter("now", clock.instant()).getResultStream().filter(a -> !a.getCohort().isArchived())
                .map(ModuleAssignment::getId).toList();
    }

    /** @return how many reminders went out for this assignment */
    public int remind(Long assignmentId) {
        ModuleAssignment assignment = em.find(ModuleAssignment.class, assignmentId);
        if (assignment == null) {
            return 0;
        }
        Instant now = clock.instant();
        DueMoments dueMoments = assignments.dueMoments(List.of(assignment));
        Set<Long> completed = em.createQuery("select p.account.id from ProgressSummary p where p.courseModule = "
                + ":module and p.completedAt is not null", Long.class)
                .setParameter("module", assignment.getCourseModule()).getResultStream().collect(Collectors.toSet());
        int sent = 0;
        for (CohortMember member : cohorts.members(assignment.getCohort())) {
            Long id = member.getAccount().getId();
            Instant due = dueMoments.dueFor(assignment, id);
            if (member.getMemberRole() != MemberRole.LEARNER || completed.contains(id) || due == null
                    || !DueDates.reminderDue(due, daysBefore, now, settings.timeZone()) || alreadySent(assignment,
                    member, due)) {
                continue;
            }
            em.persist(new AssignmentReminder(assignment, member.getAccount(), due, now));
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(new Locale("nl", "NL")).withZone(settings.timeZone()).format(due);
            notifications.notify(member.getAccount(), "notify.deadlineSoon",
                    assignment.getCourseModule().getCurrentVersion().getTitle() + " (" + when + ")",
                    "/learning/module?id=" + assignment.getCourseModule().getModuleKey());
            sent++;
        }
        return sent;
    }

    private boolean alreadySent(ModuleAssignment assignment, CohortMember member, Instant due) {
        return em.createNamedQuery(AssignmentReminder.COUNT, Long.class).setParameter("assignment", assignment)
                .setParameter("account", member.getAccount()).setParameter("dueAt", due).getSingleResult() > 0;
    }
}
