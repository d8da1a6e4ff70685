package nl.leerwerkplaats.certificate.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A professional's register points in one registration period: what counts, what is still missing. Revoked
 * records stay in the list, so the learner sees why points disappeared, but they add nothing.
 *
 * @param required the points the register asks for in a period (SKJ: 60)
 * @param earned the points of the period's records that are not revoked
 * @param records the period's records, oldest first, then by title
 */
public record PointsOverview(RegistrationPeriod period, int required, int earned, List<EarnedRecord> records) {

    private static final Comparator<EarnedRecord> CHRONOLOGICAL = Comparator.comparing(EarnedRecord::completionDate)
            .thenComparing(EarnedRecord::title, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** One issued completion record as it counts towards the register. */
    public record EarnedRecord(String code, String title, LocalDate completionDate, int points, boolean revoked) {

        public EarnedRecord {
            Objects.requireNonNull(completionDate, "completionDate");
        }
    }

    public PointsOverview {
        Objects.requireNonNull(period, "period");
        if (required < 0) {
            throw new IllegalArgumentException("Required points cannot be negative: " + required);
        }
        records = List.copyOf(records);
    }

    /** The overview of {@code period}, from all of a professional's records; other periods' records are left out. */
    public static PointsOverview of(RegistrationPeriod period, int required, List<EarnedRecord> all) {
        List<EarnedRecord> inPeriod = all.stream().filter(record -> period.contains(record.completionDate()))
                .sorted(CHRONOLOGICAL).toList();
        int earned = inPeriod.stream().filter(record -> !record.revoked()).mapToInt(EarnedRecord::points).sum();
        return new PointsOverview(period, required, earned, inPeriod);
    }

    /** Points still to earn in this period; 0 once the requirement is met. */
    public int missing() {
        return Math.max(0, required - earned);
    }

    public boolean met() {
        return earned >= required;
    }

    /** Progress towards the requirement for a progress bar: 0 to 100, never more, and 100 when nothing is required. */
    public int percent() {
        if (required == 0) {
            return 100;
        }
        return (int) Math.min(100, (long) Math.max(0, earned) * 100 / required);
    }
}
