package nl.leerwerkplaats.quiz.control;

import java.util.Objects;

/**
 * The grade of one question in an attempt.
 *
 * @param fraction the credit from 0 to 1, after Moodle's rules for the question type
 * @param status   how the question counts; see {@link Status}
 * @param feedback the per-answer feedback Moodle shows for what was answered, chosen answers' feedback on
 *                 separate lines; empty when none
 */
public record Grade(double fraction, Status status, String feedback) {

    /** Moodle's margin for "right" and "wrong" (question_state::graded_state_for_fraction). */
    private static final double MARGIN = 0.000001;

    public enum Status {
        CORRECT, PARTIAL, WRONG,
        /** Not answered: no credit, but the question counts. */
        UNANSWERED,
        /** An essay awaiting a lecturer: counts, and keeps the attempt's result open. */
        PENDING,
        /** A description: no answer asked, so it does not count. */
        NOT_GRADED
    }

    public Grade {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(feedback, "feedback");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction " + fraction + " is outside 0..1");
        }
    }

    /** A graded answer: the status follows from the fraction, with Moodle's margin for decimal weights. */
    public static Grade graded(double fraction, String feedback) {
        Status status = fraction < MARGIN ? Status.WRONG : fraction > 1 - MARGIN ? Status.CORRECT : Status.PARTIAL;
        return new Grade(fraction, status, feedback == null ? "" : feedback);
    }

    static Grade of(Status status) {
        return new Grade(0, status, "");
    }

    /** True for a grade that adds to the attempt's maximum: all but {@link Status#NOT_GRADED}. */
    public boolean counts() {
        return status != Status.NOT_GRADED;
    }
}
