package nl.leerwerkplaats.progress.boundary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.progress.control.QuizChanges;
import nl.leerwerkplaats.progress.control.CompletionRules;
import nl.leerwerkplaats.progress.control.LessonItem;
import nl.leerwerkplaats.progress.control.ModuleProgress;
import nl.leerwerkplaats.progress.control.QuizItem;
import nl.leerwerkplaats.progress.control.ReflectionItem;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;

/**
 * How far a learner is in one module version, by {@link CompletionRules}: lessons read, required quizzes passed,
 * reflections submitted or approved. Three queries, whatever the module's size.
 */
@Stateless
public class LearnerProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Reading reading;

    @Inject
    VersionActivities activities;

    /**
     * The evaluation with the best final-test score (null without final test or attempt) and the status of each
     * reflection the learner opened, by assignment key.
     */
    public record Standing(ModuleProgress progress, Integer finalScore, Map<String, ReflectionStatus> reflections) {

        /** The reflection's status, null when the learner has not opened it. */
        public ReflectionStatus reflectionStatus(String assignmentKey) {
            return reflections.get(assignmentKey);
        }
    }

    public Standing of(Account learner, ModuleVersion version) {
        Set<String> read = new HashSet<>();
        reading.views(learner, version).values().forEach(v -> read.add(v.getLesson().getLessonKey()));

        List<ParsedQuiz> quizzes = activities.quizzes(version);
        Set<String> passed = new HashSet<>();
        Integer finalScore = null;
        for (QuizAttempt attempt : gradedAttempts(learner, version)) {
            Optional<ParsedQuiz> quiz = quizzes.stream().filter(q -> q.id().equals(attempt.getQuizKey())).findFirst();
            if (quiz.isEmpty() || !counts(attempt, quiz.get(), version)) {
                continue;
            }
            if (Boolean.TRUE.equals(attempt.getPassed())) {
                passed.add(attempt.getQuizKey());
            }
            if (quiz.get().settings().finalTest() && attempt.getScorePercent() != null) {
                finalScore = finalScore == null ? attempt.getScorePercent()
                        : Math.max(finalScore, attempt.getScorePercent());
            }
        }

        Set<String> submitted = new HashSet<>();
        Set<String> approved = new HashSet<>();
        Map<String, ReflectionStatus> statuses = new HashMap<>();
        for (Reflection reflection : em.createNamedQuery(Reflection.FIND_IN_MODULE, Reflection.class)
                .setParameter("account", learner).setParameter("module", version.getCourseModule()).getResultList()) {
            statuses.put(reflection.getAssignmentKey(), reflection.getStatus());
            if (reflection.getStatus() == ReflectionStatus.APPROVED) {
                approved.add(reflection.getAssignmentKey());
            } else if (reflection.getStatus() != ReflectionStatus.DRAFT) {
                submitted.add(reflection.getAssignmentKey());
            }
        }

        ModuleProgress progress = CompletionRules.evaluate(
                version.getLessons().stream().map(l -> new LessonItem(l.getLessonKey(), l.getTitle())).toList(),
                quizzes.stream().map(q -> new QuizItem(q.id(), q.id(), q.settings().finalTest())).toList(),
                activities.reflections(version).stream()
                        .map(r -> new ReflectionItem(r.id(), r.title(), r.approvalRequired())).toList(),
                read, passed, submitted, approved);
        return new Standing(progress, finalScore, statuses);
    }

    private List<QuizAttempt> gradedAttempts(Account learner, ModuleVersion version) {
        return em.createNamedQuery(QuizAttempt.FIND_GRADED_IN_MODULE, QuizAttempt.class)
                .setParameter("account", learner).setParameter("module", version.getCourseModule())
                .getResultStream().filter(a -> a.getState() == AttemptState.GRADED).toList();
    }

    /** An attempt on another version counts when that version's quiz asked the very same questions. */
    private boolean counts(QuizAttempt attempt, ParsedQuiz quiz, ModuleVersion version) {
        if (attempt.getModuleVersion().getId().equals(version.getId())) {
            return true;
        }
        return activities.quiz(attempt.getModuleVersion(), attempt.getQuizKey())
                .map(old -> QuizChanges.sameQuestions(old, quiz)).orElse(false);
    }
}
