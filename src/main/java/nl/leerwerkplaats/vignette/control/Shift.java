package nl.leerwerkplaats.vignette.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How the judgements of learners who answered a case both before and after moved: towards the scale's end
 * (more help), not at all, or towards its start (more "gewoon"), and by how many points on average.
 */
public record Shift(int paired, int higher, int same, int lower, double meanChange) {

    /** Pairs each learner's before with their after answer to the same case; unpaired answers do not count. */
    public static Shift of(Collection<Judgement> before, Collection<Judgement> after) {
        Map<Long, Integer> first = new HashMap<>();
        before.forEach(j -> first.put(j.learner(), j.point()));
        int paired = 0;
        int higher = 0;
        int lower = 0;
        long change = 0;
        for (Judgement j : after) {
            Integer was = first.get(j.learner());
            if (was == null) {
                continue;
            }
            paired++;
            change += j.point() - was;
            if (j.point() > was) {
                higher++;
            } else if (j.point() < was) {
                lower++;
            }
        }
        return new Shift(paired, higher, paired - higher - lower, lower, paired == 0 ? Double.NaN : (double) change / paired);
    }
}
