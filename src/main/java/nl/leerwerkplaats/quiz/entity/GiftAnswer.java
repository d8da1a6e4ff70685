package nl.leerwerkplaats.quiz.entity;

/**
 * One answer of a multichoice, shortanswer or numerical question.
 *
 * @param text      the answer text (a short answer keeps Moodle's {@code *} wildcard); null for numerical
 * @param fraction  the credit, from -1 to 1: {@code =} is 1, {@code ~} is 0, {@code %50%} is 0.5
 * @param feedback  the {@code #} feedback; empty when none
 * @param value     numerical only: the expected number; null for other types and for a numerical catch-all
 *                  answer (Moodle's {@code *}, written {@code ~#feedback} or {@code =*})
 * @param tolerance numerical only: the accepted error either side ({@code 1..5} becomes value 3, tolerance 2,
 *                  as Moodle converts it); null for other types and for a catch-all answer
 */
public record GiftAnswer(String text, double fraction, String feedback, Double value, Double tolerance) {

    /** True for a numerical answer that matches any number (Moodle's {@code *}). */
    public boolean catchAll() {
        return text == null && value == null;
    }
}
