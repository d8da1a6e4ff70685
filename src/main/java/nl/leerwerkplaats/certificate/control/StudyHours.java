package nl.leerwerkplaats.certificate.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A module's study load in hours with one decimal, as registers and completion records state it ("1.5 uur"). */
public final class StudyHours {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private StudyHours() {
    }

    /** Minutes as hours, rounded half up to one decimal: 90 → 1.5, 100 → 1.7, 45 → 0.8, 2 → 0.0. */
    public static BigDecimal of(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Study minutes cannot be negative: " + minutes);
        }
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
    }
}
