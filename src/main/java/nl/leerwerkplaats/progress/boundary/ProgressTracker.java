package nl.leerwerkplaats.progress.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.LessonViewed;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.quiz.boundary.QuizGraded;
import nl.leerwerkplaats.quiz.boundary.QuizStarted;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviewed;
import nl.leerwerkplaats.reflection.boundary.ReflectionSubmitted;

/**
 * Keeps each learner's {@link ProgressSummary} current and records the moment a module is completed. It observes
 * the learning events inside their transaction, so a summary never disagrees with what was just stored.
 */
@Stateless
public class ProgressTracker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LearnerProgress learnerProgress;

    @Inject
    Reading reading;

    @Inject
    ProgressSummaries summaries;

    @Inject
    Event<ModuleCompleted> completed;

    public void lessonViewed(@Observes LessonViewed event) {
        refresh(event.view().getAccount(), event.view().getLesson().getModuleVersion().getCourseModule());
    }

    public void quizStarted(@Observes QuizStarted event) {
        refresh(event.attempt().getAccount(), event.attempt().getCourseModule());
    }

    public void quizGraded(@Observes QuizGraded event) {
        refresh(event.attempt().getAccount(), event.attempt().getCourseModule());
    }

    public void reflectionSubmitted(@Observes ReflectionSubmitted event) {
        refresh(event.reflection().getAccount(), event.reflection().getCourseModule());
    }

    public void reflectionReviewed(@Observes ReflectionReviewed event) {
        refresh(event.reflection().getAccount(), event.reflection().getCourseModule());
    }

    /** Re-evaluates the learner's standing in the module; completes it the moment every rule is met. */
    public ProgressSummary refresh(Account account, CourseModule module) {
        Account learner = em.find(Account.class, account.getId());
        Instant now = clock.instant();
        ModuleStart open = reading.openStart(learner, module).orElse(null);
        List<ModuleStart> done = em.createNamedQuery(ModuleStart.FIND_COMPLETED, ModuleStart.class)
                .setParameter("account", learner).setParameter("module", module).getResultList();
        ModuleVersion version = open != null ? open.getModuleVersion()
                : done.isEmpty() ? em.find(CourseModule.class, module.getId()).getCurrentVersion()
                : done.get(done.size() - 1).getModuleVersion();
        LearnerProgress.Standing standing = learnerProgress.of(learner, version);
        Instant completedAt = done.isEmpty() ? null : done.get(0).getCompletedAt();
        if (open != null && standing.progress().complete()) {
            open.complete(now);
            completed.fire(new ModuleCompleted(open, standing.finalScore()));
            completedAt = completedAt == null ? now : completedAt;
        }
        Instant started = open != null ? open.getStartedAt() : done.isEmpty() ? null : done.get(0).getStartedAt();
        ProgressSummary summary = summaries.of(learner, module).orElseGet(() -> {
            ProgressSummary first = new ProgressSummary(learner, version.getCourseModule(), version);
            em.persist(first);
            return first;
        });
        summary.update(version, started, standing.progress().done(), standing.progress().total(),
                standing.progress().percent(), standing.finalScore(), completedAt, now);
        return summary;
    }
}
