package nl.leerwerkplaats.vignette.control;

import nl.leerwerkplaats.vignette.entity.RatingMoment;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/**
 * One learner's answer to one case at one moment, as the aggregation needs it: who (only to pair before with
 * after and to leave the viewer out), which case, when, the scale point and the first step (null for none).
 */
public record Judgement(long learner, String vignette, RatingMoment moment, int point, Integer firstStep) {

    public static Judgement of(VignetteRating rating) {
        return new Judgement(rating.getAccount().getId(), rating.getVignetteKey(), rating.getMoment(),
                rating.getScalePoint(), rating.getFirstStep());
    }
}
