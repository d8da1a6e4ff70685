package nl.leerwerkplaats.vignette.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

/** The aggregation: counts per scale point and first step, shares, mean, and the shift of paired learners. */
class CaseSpreadTest {

    private static Judgement before(long learner, int point, Integer step) {
        return new Judgement(learner, "a", RatingMoment.BEFORE, point, step);
    }

    private static Judgement after(long learner, int point, Integer step) {
        return new Judgement(learner, "a", RatingMoment.AFTER, point, step);
    }

    @Test
    @DisplayName("vignette R4: per round, how many chose each scale point and each first step; other cases do not count")
    void countsPerRound() {
        List<Judgement> judgements = List.of(before(1, 1, 1), before(2, 3, 2), before(3, 3, 2), before(4, 5, null),
                after(1, 2, 1), after(2, 2, 1),
                new Judgement(5, "b", RatingMoment.BEFORE, 4, 1));

        CaseSpread spread = CaseSpread.of("a", 5, 2, judgements);

        assertArrayEquals(new int[] {1, 0, 2, 0, 1}, spread.before().counts());
        assertArrayEquals(new int[] {1, 2}, spread.before().firstSteps());
        assertArrayEquals(new int[] {0, 2, 0, 0, 0}, spread.after().counts());
        assertArrayEquals(new int[] {2, 0}, spread.after().firstSteps());
        assertEquals(4, spread.before().total());
        assertEquals(3.0, spread.before().mean(), 1e-9);
        assertEquals(50, spread.before().percent(3));
        assertEquals(25, spread.before().percent(1));
        assertEquals(100, spread.after().percent(2));
    }

    @Test
    @DisplayName("vignette R4: the shift pairs each learner's before with their after: higher, same, lower, mean change")
    void shiftOfPairedLearners() {
        List<Judgement> judgements = List.of(before(1, 1, null), before(2, 3, null), before(3, 4, null), before(4, 2, null),
                after(1, 3, null), after(2, 3, null), after(3, 2, null), after(9, 5, null));

        Shift shift = CaseSpread.of("a", 5, 0, judgements).shift();

        assertEquals(3, shift.paired());
        assertEquals(1, shift.higher());
        assertEquals(1, shift.same());
        assertEquals(1, shift.lower());
        assertEquals(0.0, shift.meanChange(), 1e-9);
    }

    @Test
    @DisplayName("Answers outside the scale (content changed since) are left out; no answers give mean NaN and 0 percent")
    void outsideScaleAndEmpty() {
        Distribution distribution = Distribution.of(List.of(before(1, 7, 9), before(2, 2, 1)), 3, 1);
        assertArrayEquals(new int[] {0, 1, 0}, distribution.counts());
        assertArrayEquals(new int[] {1}, distribution.firstSteps());
        Distribution empty = Distribution.of(List.of(), 3, 0);
        assertTrue(Double.isNaN(empty.mean()));
        assertEquals(0, empty.percent(1));
    }
}
