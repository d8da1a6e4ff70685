package nl.leerwerkplaats.quiz.entity;

/**
 * One pair of a matching question, {@code =text -> answer}. An empty text is a distractor: an extra answer
 * that matches no question, as Moodle allows.
 */
public record GiftSubquestion(String text, String answer) {
}
