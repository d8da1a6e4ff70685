package nl.leerwerkplaats.certificate.control;

import java.time.LocalDate;
import java.util.Objects;

import nl.leerwerkplaats.catalog.entity.Accreditation;

/**
 * The register points a completion earns, fixed when the completion record is issued. A completion outside the
 * accreditation's validity window earns 0 points, and the record says why, so the learner is not left guessing.
 *
 * @param points null when the module is not accredited at all; 0 when accredited but completed outside the window
 * @param outsideWindow true when the module is accredited but the completion date lies outside its validity
 */
public record PointsAward(Integer points, boolean outsideWindow) {

    private static final PointsAward NONE = new PointsAward(null, false);

    /**
     * @param accreditation the module's accreditation, or null when it has none
     * @param completionDate the day the learner completed the module
     */
    public static PointsAward of(Accreditation accreditation, LocalDate completionDate) {
        Objects.requireNonNull(completionDate, "completionDate");
        if (accreditation == null || !accreditation.accredited()) {
            return NONE;
        }
        if (within(accreditation, completionDate)) {
            return new PointsAward(accreditation.points(), false);
        }
        return new PointsAward(0, true);
    }

    /** Whether the record counts towards the register: a positive number of points. */
    public boolean earnsPoints() {
        return points != null && points > 0;
    }

    /** Both bounds inclusive; a missing bound leaves that side open. */
    private static boolean within(Accreditation accreditation, LocalDate day) {
        LocalDate from = accreditation.validFrom();
        LocalDate until = accreditation.validUntil();
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
