package nl.leerwerkplaats.vignette.control;

import java.util.Collection;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * Spreads are shown only over enough answers that no one's judgement can be told from them: a learner sees their
 * class's spread of a case once at least {@value #MIN_ANSWERS} classmates (others than themselves) answered it at
 * that moment; lecturers and admins see a spread or a shift once it holds at least {@value #MIN_ANSWERS} answers.
 */
public final class SpreadPrivacy {

    public static final int MIN_ANSWERS = 5;

    private SpreadPrivacy() {
    }

    public static boolean shownToStaff(Distribution distribution) {
        return distribution.total() >= MIN_ANSWERS;
    }

    public static boolean shownToStaff(Shift shift) {
        return shift.paired() >= MIN_ANSWERS;
    }

    /** @param judgements the class's answers, any case and moment */
    public static boolean shownToLearner(Collection<Judgement> judgements, String vignette, RatingMoment moment,
                                         long viewer) {
        return classmatesWhoAnswered(judgements, vignette, moment, viewer) >= MIN_ANSWERS;
    }

    public static long classmatesWhoAnswered(Collection<Judgement> judgements, String vignette, RatingMoment moment,
                                             long viewer) {
        return judgements.stream().filter(j -> j.vignette().equals(vignette) && j.moment() == moment
                && j.learner() != viewer).map(Judgement::learner).distinct().count();
    }
}
