package nl.leerwerkplaats.quiz.boundary;

import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * Fired inside the transaction that graded a counted attempt: by submit or the deadline sweep
 * ({@code firstGrading}), or again when a lecturer marked an essay of it.
 */
public record QuizGraded(QuizAttempt attempt, boolean firstGrading) {
}
