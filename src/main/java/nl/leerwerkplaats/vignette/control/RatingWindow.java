package nl.leerwerkplaats.vignette.control;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * When a learner may rate the cases. The first round belongs to the start of the module: it stays open until the
 * learner has read every lesson or begun the second round. The second round opens at the module's end: every
 * lesson read, or the module completed.
 */
public record RatingWindow(int lessons, int lessonsRead, boolean completed, boolean ratedAfter) {

    public boolean isOpen(RatingMoment moment) {
        boolean atEnd = completed || lessonsRead >= lessons;
        return moment == RatingMoment.BEFORE ? !atEnd && !ratedAfter : atEnd;
    }
}
