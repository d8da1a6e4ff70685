package nl.leerwerkplaats.quiz.control;

/**
 * How often one option was given to a question, one line of the item analysis.
 *
 * @param label      the text shown: an answer, a typed response or "subquestion → chosen"; null when
 *                   {@code messageKey} names a label the view translates
 * @param messageKey a resource bundle key such as {@link #UNANSWERED}, or null when {@code label} is the text
 * @param right      whether this option earns full credit (for a choice: any credit)
 * @param count      how many submitted attempts gave it
 */
public record OptionCount(String label, String messageKey, boolean right, int count) {

    public static final String TRUE = "quiz.analysis.true";
    public static final String FALSE = "quiz.analysis.false";
    public static final String UNANSWERED = "quiz.analysis.unanswered";
    public static final String OTHER = "quiz.analysis.other";

    public OptionCount {
        if ((label == null) == (messageKey == null)) {
            throw new IllegalArgumentException("an option has either a label or a message key");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
    }

    /** An option shown as its own text. */
    public static OptionCount labelled(String label, boolean right, int count) {
        return new OptionCount(label, null, right, count);
    }

    /** An option whose label the view translates. */
    public static OptionCount keyed(String messageKey, boolean right, int count) {
        return new OptionCount(null, messageKey, right, count);
    }
}
