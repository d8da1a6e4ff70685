package nl.leerwerkplaats.quiz.boundary;

import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/** Fired inside the transaction that started a counted (not preview) attempt. */
public record QuizStarted(QuizAttempt attempt) {
}
