package nl.leerwerkplaats.quiz.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.leerwerkplaats.quiz.control.Grade.Status;

/**
 * The score of an attempt, from the grades of its questions.
 *
 * @param points    the sum of the fractions of the questions that count (an essay awaiting its grade adds 0)
 * @param maxPoints the number of questions that count: all but descriptions
 * @param percent   points out of maxPoints, rounded half up; 0 when no question counts
 * @param pending   whether an essay still awaits a lecturer
 * @param passed    whether percent reaches the pass mark; null while pending
 */
public record AttemptScore(double points, int maxPoints, int percent, boolean pending, Boolean passed) {

    /** Moodle stores a question's fraction with 7 decimals; summing those keeps 12.5% from becoming 12. */
    private static final int FRACTION_SCALE = 7;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static AttemptScore of(List<Grade> grades, int passMarkPercent) {
        if (passMarkPercent < 0 || passMarkPercent > 100) {
            throw new IllegalArgumentException("pass mark " + passMarkPercent + "% is outside 0..100");
        }
        BigDecimal points = BigDecimal.ZERO;
        int maxPoints = 0;
        boolean pending = false;
        for (Grade grade : grades) {
            if (grade.counts()) {
                maxPoints++;
                points = points.add(BigDecimal.valueOf(grade.fraction())
                        .setScale(FRACTION_SCALE, RoundingMode.HALF_UP));
                pending |= grade.status() == Status.PENDING;
            }
        }
        int percent = maxPoints == 0 ? 0 : points.multiply(HUNDRED)
                .divide(BigDecimal.valueOf(maxPoints), 0, RoundingMode.HALF_UP).intValueExact();
        return new AttemptScore(points.doubleValue(), maxPoints, percent, pending,
                pending ? null : percent >= passMarkPercent);
    }
}
