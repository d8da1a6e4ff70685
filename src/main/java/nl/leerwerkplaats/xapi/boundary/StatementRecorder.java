package nl.leerwerkplaats.xapi.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.LessonViewed;
import nl.leerwerkplaats.progress.boundary.ModuleCompleted;
import nl.leerwerkplaats.quiz.boundary.QuizGraded;
import nl.leerwerkplaats.quiz.boundary.QuizStarted;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviewed;
import nl.leerwerkplaats.reflection.boundary.ReflectionSubmitted;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.xapi.control.ActivityIds;
import nl.leerwerkplaats.xapi.control.ActivityType;
import nl.leerwerkplaats.xapi.control.Verb;
import nl.leerwerkplaats.xapi.control.XapiStatement;
import nl.leerwerkplaats.xapi.entity.StoredStatement;

/**
 * Stores an xAPI 1.0.3 statement for every learning event, in the transaction of the event itself: a statement
 * exists exactly when what it describes was stored. Forwarding to an external LRS happens later
 * ({@link LrsForwarder}), so the learner never waits for it.
 */
@Stateless
public class StatementRecorder {

    private static final String LANGUAGE = "nl-NL";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    XapiSettings settings;

    public void lessonViewed(@Observes LessonViewed event) {
        var lesson = event.view().getLesson();
        ModuleVersion version = lesson.getModuleVersion();
        store(event.view().getAccount(), start(Verb.EXPERIENCED, event.view().getLastViewedAt())
                .activity(ActivityIds.lesson(base(), version.getModuleKey(), lesson.getLessonKey()),
                        ActivityType.LESSON, lesson.getTitle(), LANGUAGE), version);
    }

    public void quizStarted(@Observes QuizStarted event) {
        QuizAttempt attempt = event.attempt();
        store(attempt.getAccount(), quiz(Verb.ATTEMPTED, attempt, attempt.getStartedAt()), attempt.getModuleVersion());
    }

    public void quizGraded(@Observes QuizGraded event) {
        QuizAttempt attempt = event.attempt();
        ModuleVersion version = attempt.getModuleVersion();
        Instant at = attempt.getSubmittedAt() == null ? clock.instant() : attempt.getSubmittedAt();
        if (event.firstGrading()) {
            for (AttemptSlot slot : attempt.getSlots()) {
                XapiStatement.Builder answered = start(Verb.ANSWERED, at).activity(ActivityIds.question(base(),
                        version.getModuleKey(), attempt.getQuizKey(), slot.getSlot()), ActivityType.QUESTION, null, null);
                if (slot.getFraction() != null) {
                    answered.score(Math.max(-1, Math.min(1, slot.getFraction())), null, null, null)
                            .success(slot.getFraction() >= 0.999);
                }
                store(attempt.getAccount(), answered.parent(ActivityIds.quiz(base(), version.getModuleKey(),
                        attempt.getQuizKey()), ActivityType.ASSESSMENT, attempt.getQuizKey(), LANGUAGE), version);
            }
        }
        if (attempt.getState() == AttemptState.GRADED && attempt.getScorePercent() != null) {
            boolean passed = Boolean.TRUE.equals(attempt.getPassed());
            XapiStatement.Builder result = quiz(passed ? Verb.PASSED : Verb.FAILED, attempt, at)
                    .score(attempt.getScorePercent() / 100.0, (double) attempt.getScorePercent(), 0.0, 100.0)
                    .success(passed).completion(true).duration(Duration.between(attempt.getStartedAt(), at));
            store(attempt.getAccount(), result, version);
        }
    }

    public void reflectionSubmitted(@Observes ReflectionSubmitted event) {
        var reflection = event.reflection();
        store(reflection.getAccount(), start(Verb.SUBMITTED, event.version().getSubmittedAt())
                .activity(ActivityIds.reflection(base(), reflection.getCourseModule().getModuleKey(),
                        reflection.getAssignmentKey()), ActivityType.REFLECTION, reflection.getAssignmentKey(), LANGUAGE)
                .completion(true), reflection.getModuleVersion());
    }

    public void reflectionReviewed(@Observes ReflectionReviewed event) {
        var reflection = event.reflection();
        if (event.version().getDecision() != Decision.APPROVED) {
            return;
        }
        XapiStatement.Builder approved = start(Verb.PASSED, clock.instant())
                .activity(ActivityIds.reflection(base(), reflection.getCourseModule().getModuleKey(),
                        reflection.getAssignmentKey()), ActivityType.REFLECTION, reflection.getAssignmentKey(), LANGUAGE)
                .success(true).completion(true);
        Integer points = event.version().getRubricPoints();
        Integer max = event.version().getRubricMax();
        if (points != null && max != null && max > 0) {
            approved.score(points / (double) max, points.doubleValue(), 0.0, max.doubleValue());
        }
        store(reflection.getAccount(), approved, reflection.getModuleVersion());
    }

    public void moduleCompleted(@Observes ModuleCompleted event) {
        var start = event.start();
        ModuleVersion version = start.getModuleVersion();
        store(start.getAccount(), start(Verb.COMPLETED, start.getCompletedAt())
                .activity(ActivityIds.module(base(), version.getModuleKey()), ActivityType.MODULE, version.getTitle(),
                        LANGUAGE).completion(true).success(true)
                .duration(Duration.between(start.getStartedAt(), start.getCompletedAt())), null);
    }

    private XapiStatement.Builder quiz(Verb verb, QuizAttempt attempt, Instant at) {
        return start(verb, at).activity(ActivityIds.quiz(base(), attempt.getModuleVersion().getModuleKey(),
                attempt.getQuizKey()), ActivityType.ASSESSMENT, attempt.getQuizKey(), LANGUAGE);
    }

    private XapiStatement.Builder start(Verb verb, Instant at) {
        return XapiStatement.builder(UUID.randomUUID(), verb, at).platform("Leerwerkplaats").language(LANGUAGE);
    }

    private void store(Account learner, XapiStatement.Builder builder, ModuleVersion parent) {
        if (parent != null) {
            builder.parent(ActivityIds.module(base(), parent.getModuleKey()), ActivityType.MODULE, parent.getTitle(),
                    LANGUAGE);
        }
        Instant now = clock.instant();
        JsonObject statement = builder.actor(ActivityIds.agentHomePage(base()), String.valueOf(learner.getId()))
                .build(now);
        em.persist(new StoredStatement(statement.getString("id"), em.find(Account.class, learner.getId()),
                statement.getJsonObject("verb").getString("id"), statement.getJsonObject("object").getString("id"),
                Instant.parse(statement.getString("timestamp")), now, statement.toString()));
    }

    private String base() {
        return settings.base();
    }
}
