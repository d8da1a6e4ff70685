package nl.leerwerkplaats.quiz.boundary;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataChange;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.QuizAccommodation;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/** Extra attempts and extra time a lecturer grants one learner of their class on one quiz. */
@Stateless
public class Accommodations {

    public static final int MAX_EXTRA_ATTEMPTS = 10;
    public static final int MAX_EXTRA_MINUTES = 600;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Clock clock;

    @Inject
    Cohorts cohorts;

    /** What was granted; an unsaved empty grant when nothing was. */
    public QuizAccommodation of(Account learner, CourseModule module, String quizKey) {
        return em.createNamedQuery(QuizAccommodation.FIND, QuizAccommodation.class)
                .setParameter("account", em.find(Account.class, learner.getId())).setParameter("module", module)
                .setParameter("quiz", quizKey).getResultStream().findFirst()
                .orElseGet(() -> new QuizAccommodation(learner, module, quizKey));
    }

    /** A learner this lecturer teaches (admins: anyone); anyone else is "not found". */
    public Account learner(Account staff, Long learnerId) {
        Account learner = learnerId == null ? null : em.find(Account.class, learnerId);
        if (learner == null || !cohorts.teaches(staff, learner)) {
            throw new AccessDenied("learner " + learnerId);
        }
        return learner;
    }

    /** Adds to what was granted before; extra time also lengthens an attempt that is running now. */
    public QuizAccommodation grant(Account staff, Long learnerId, CourseModule module, String quizKey,
                                   @Min(0) @Max(MAX_EXTRA_ATTEMPTS) int extraAttempts,
                                   @Min(0) @Max(MAX_EXTRA_MINUTES) int extraMinutes) {
        Account learner = learner(staff, learnerId);
        if (extraAttempts == 0 && extraMinutes == 0) {
            throw new BusinessException("quiz.grantNothing", "extraAttempts");
        }
        QuizAccommodation accommodation = of(learner, module, quizKey);
        if (accommodation.getId() == null) {
            em.persist(accommodation);
        }
        accommodation.grant(extraAttempts, extraMinutes, em.find(Account.class, staff.getId()), clock.instant());
        if (extraMinutes > 0) {
            em.createNamedQuery(QuizAttempt.FIND_OF_LEARNER, QuizAttempt.class).setParameter("account", learner)
                    .setParameter("module", module).setParameter("quiz", quizKey).getResultStream()
                    .filter(a -> a.getState() == AttemptState.IN_PROGRESS)
                    .forEach(a -> a.extendDeadline(extraMinutes));
        }
        changes.fire(new DataChange(staff.getId(), "accommodation.granted", "account:" + learner.getId(),
                module.getModuleKey() + "/" + quizKey + ": +" + extraAttempts + " attempt(s), +" + extraMinutes
                        + " min"));
        return accommodation;
    }
}
