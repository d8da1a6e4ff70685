package nl.leerwerkplaats.quiz.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * One learner's standing on one quiz: their attempts (all versions of the module), how many they may make with
 * any extra granted, and the attempt still running.
 *
 * @param allowed null for unlimited
 */
public record QuizOverview(ParsedQuiz quiz, List<QuizAttempt> attempts, Integer allowed, int extraMinutes) {

    public Optional<QuizAttempt> running() {
        return attempts.stream().filter(a -> a.getState() == AttemptState.IN_PROGRESS).findFirst();
    }

    /** Attempts left; null for unlimited. */
    public Integer remaining() {
        return allowed == null ? null : Math.max(0, allowed - attempts.size());
    }

    public boolean canStart() {
        return running().isEmpty() && (allowed == null || attempts.size() < allowed);
    }

    public boolean isPassed() {
        return attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
    }

    /** The highest graded score, as Moodle's "highest grade" method; empty before any graded attempt. */
    public Optional<QuizAttempt> best() {
        return attempts.stream().filter(a -> a.getScorePercent() != null)
                .max(Comparator.comparingInt(QuizAttempt::getScorePercent));
    }

    /** Minutes for a new attempt: the quiz's limit plus granted extra time; null when untimed. */
    public Integer timeLimitMinutes() {
        Integer limit = quiz.settings().timeLimitMinutes();
        return limit == null ? null : limit + extraMinutes;
    }

    public List<QuizAttempt> getAttempts() {
        return attempts;
    }
}
