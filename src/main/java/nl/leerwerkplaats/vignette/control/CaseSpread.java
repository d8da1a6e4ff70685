package nl.leerwerkplaats.vignette.control;

import java.util.Collection;
import java.util.List;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * A group's answers to one case: the spread before, the spread after and the shift of those who answered both.
 * What a viewer may see of it is decided by {@link SpreadPrivacy}.
 */
public record CaseSpread(String vignette, Distribution before, Distribution after, Shift shift) {

    /** @param judgements answers of the group, any case and moment: only this case's count */
    public static CaseSpread of(String vignette, int points, int options, Collection<Judgement> judgements) {
        List<Judgement> before = of(judgements, vignette, RatingMoment.BEFORE);
        List<Judgement> after = of(judgements, vignette, RatingMoment.AFTER);
        return new CaseSpread(vignette, Distribution.of(before, points, options), Distribution.of(after, points, options),
                Shift.of(before, after));
    }

    public Distribution at(RatingMoment moment) {
        return moment == RatingMoment.BEFORE ? before : after;
    }

    private static List<Judgement> of(Collection<Judgement> judgements, String vignette, RatingMoment moment) {
        return judgements.stream().filter(j -> j.vignette().equals(vignette) && j.moment() == moment).toList();
    }
}
