package nl.leerwerkplaats.reflection.boundary;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
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
import nl.leerwerkplaats.reflection.control.RubricScore;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * Reviewing reflections: the queue of submitted ones per class (oldest submission first), the decision with
 * feedback and rubric, and all reflections of one assignment in a class for the offline download.
 */
@Stateless
public class ReflectionReviews {

    public static final int FEEDBACK_MAX = 8000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Event<ReflectionReviewed> reviewed;

    @Inject
    Clock clock;

    @Inject
    Cohorts cohorts;

    @Inject
    Reflections reflections;

    @Inject
    Notifications notifications;

    /** Submitted reflections waiting for this reviewer; with a class, only that class's learners. */
    public List<Reflection> queue(Account staff, Long cohortId) {
        Set<Long> learners = cohortId == null ? null : learnersOf(cohorts.visibleTo(cohortId, staff));
        return em.createNamedQuery(Reflection.FIND_BY_STATUS, Reflection.class)
                .setParameter("status", ReflectionStatus.SUBMITTED).getResultStream()
                .filter(r -> learners == null ? cohorts.teaches(staff, r.getAccount())
                        : learners.contains(r.getAccount().getId()))
                .sorted(Comparator.comparing(r -> r.latest().getSubmittedAt()))
                .toList();
    }

    private Set<Long> learnersOf(Cohort cohort) {
        return cohorts.members(cohort).stream().filter(m -> m.getMemberRole() == MemberRole.LEARNER)
                .map(CohortMember::getAccount).map(Account::getId).collect(Collectors.toSet());
    }

    /** A reflection this reviewer may read: one of a learner they teach (admins: all), never their own. */
    public Reflection reviewable(Account staff, Long id) {
        Reflection reflection = reflections.visible(staff, id);
        if (reflection.getAccount().getId().equals(staff.getId())) {
            throw new AccessDenied("own reflection " + id);
        }
        return reflection;
    }

    /**
     * Records the decision on the latest submitted version. Asking for a revision needs feedback that says what
     * to change; with a rubric, every criterion needs a level.
     */
    public Reflection decide(Account staff, Long id, Decision decision, @Size(max = FEEDBACK_MAX) String feedback,
                             Map<String, Integer> rubricChoices) {
        Reflection reflection = reviewable(staff, id);
        if (reflection.getStatus() != ReflectionStatus.SUBMITTED) {
            throw new BusinessException("review.notSubmitted", null);
        }
        if (decision == null) {
            throw new BusinessException("review.decisionRequired", "decision");
        }
        String text = feedback == null ? "" : feedback.strip();
        if (decision == Decision.NEEDS_REVISION && text.isEmpty()) {
            throw new BusinessException("review.feedbackRequired", "feedback");
        }
        ParsedReflection assignment = reflections.assignmentOf(reflection);
        String encoded = null;
        Integer points = null;
        Integer max = null;
        if (assignment.rubric() != null) {
            RubricScore.Result score = RubricScore.score(assignment.rubric(), rubricChoices);
            if (!score.missing().isEmpty()) {
                throw new BusinessException("review.rubricIncomplete", "rubric", score.missing().size());
            }
            encoded = RubricScore.encode(rubricChoices);
            points = score.points();
            max = score.maxPoints();
        }
        ReflectionVersion latest = reflection.latest();
        latest.review(decision, text, encoded, points, max, em.find(Account.class, staff.getId()), clock.instant());
        reflection.decide(decision);
        reviewed.fire(new ReflectionReviewed(reflection, latest));
        changes.fire(new DataChange(staff.getId(), "reflection.reviewed", "reflection:" + reflection.getId(),
                decision + (points == null ? "" : ", rubric " + points + "/" + max)));
        notifications.notify(reflection.getAccount(), decision == Decision.APPROVED ? "notify.reflectionApproved"
                        : "notify.reflectionNeedsRevision", assignment.title(),
                "/reflection/write?module=" + reflection.getCourseModule().getModuleKey()
                        + "&assignment=" + reflection.getAssignmentKey());
        return reflection;
    }

    /** Every reflection of the class's learners on the assignment with at least one submitted version. */
    public List<Reflection> ofAssignment(Account staff, Long cohortId, CourseModule module, String assignmentKey) {
        Set<Long> learners = learnersOf(cohorts.visibleTo(cohortId, staff));
        return em.createNamedQuery(Reflection.FIND_FOR_ASSIGNMENT, Reflection.class).setParameter("module", module)
                .setParameter("assignment", assignmentKey).getResultStream()
                .filter(r -> learners.contains(r.getAccount().getId()) && r.latest() != null).toList();
    }
}
