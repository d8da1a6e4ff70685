package nl.leerwerkplaats.vignette.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

/** The five-answer threshold: who sees a spread, counted how. */
class SpreadPrivacyTest {

    private static final long VIEWER = 1;

    /** The viewer's own answer and {@code others} classmates' answers to case "a" before. */
    private static List<Judgement> withClassmates(int others) {
        List<Judgement> judgements = new ArrayList<>();
        judgements.add(new Judgement(VIEWER, "a", RatingMoment.BEFORE, 2, null));
        for (int i = 0; i < others; i++) {
            judgements.add(new Judgement(100 + i, "a", RatingMoment.BEFORE, 1 + i % 3, null));
        }
        return judgements;
    }

    @ParameterizedTest(name = "{0} classmates answered: shown = {1}")
    @DisplayName("vignette R3: a learner sees the class's spread only once at least five classmates (not counting themself) answered")
    @CsvSource({"0, false", "3, false", "4, false", "5, true", "12, true"})
    void learnerThreshold(int classmates, boolean shown) {
        assertEquals(shown, SpreadPrivacy.shownToLearner(withClassmates(classmates), "a", RatingMoment.BEFORE, VIEWER));
    }

    @Test
    @DisplayName("Only answers to the same case and round count towards a learner's threshold")
    void otherCasesAndRoundsDoNotCount() {
        List<Judgement> judgements = withClassmates(4);
        judgements.add(new Judgement(200, "b", RatingMoment.BEFORE, 1, null));
        judgements.add(new Judgement(201, "a", RatingMoment.AFTER, 1, null));
        assertFalse(SpreadPrivacy.shownToLearner(judgements, "a", RatingMoment.BEFORE, VIEWER));
        assertEquals(4, SpreadPrivacy.classmatesWhoAnswered(judgements, "a", RatingMoment.BEFORE, VIEWER));
        judgements.add(new Judgement(202, "a", RatingMoment.BEFORE, 3, null));
        assertTrue(SpreadPrivacy.shownToLearner(judgements, "a", RatingMoment.BEFORE, VIEWER));
    }

    @ParameterizedTest(name = "{0} answers: shown to staff = {1}")
    @DisplayName("vignette R4: lecturers and admins see a spread once it holds at least five answers")
    @CsvSource({"4, false", "5, true"})
    void staffThreshold(int answers, boolean shown) {
        List<Judgement> judgements = withClassmates(answers - 1);
        assertEquals(shown, SpreadPrivacy.shownToStaff(Distribution.of(judgements, 3, 0)));
    }

    @ParameterizedTest(name = "{0} learners answered both rounds: shift shown = {1}")
    @DisplayName("vignette R4: a shift is shown once at least five learners answered both rounds")
    @CsvSource({"4, false", "5, true"})
    void shiftThreshold(int paired, boolean shown) {
        List<Judgement> before = new ArrayList<>();
        List<Judgement> after = new ArrayList<>();
        for (int i = 0; i < paired; i++) {
            before.add(new Judgement(i, "a", RatingMoment.BEFORE, 1, null));
            after.add(new Judgement(i, "a", RatingMoment.AFTER, 2, null));
        }
        after.add(new Judgement(99, "a", RatingMoment.AFTER, 2, null));
        assertEquals(shown, SpreadPrivacy.shownToStaff(Shift.of(before, after)));
    }
}
