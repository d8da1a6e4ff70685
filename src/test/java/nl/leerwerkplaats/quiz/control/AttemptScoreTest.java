package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.control.Grade.Status;

/** The score of an attempt: points, maximum, percentage and pass, as Moodle's quiz sums its questions. */
class AttemptScoreTest {

    static final Grade RIGHT = new Grade(1, Status.CORRECT, "");
    static final Grade HALF = new Grade(0.5, Status.PARTIAL, "");
    static final Grade WRONG = new Grade(0, Status.WRONG, "");
    static final Grade OPEN = new Grade(0, Status.UNANSWERED, "");
    static final Grade ESSAY = new Grade(0, Status.PENDING, "");
    static final Grade DESCRIPTION = new Grade(0, Status.NOT_GRADED, "");

    @Test
    @DisplayName("pass: points are the sum of fractions; a description does not count, an unanswered question does")
    void pass() {
        assertEquals(new AttemptScore(2.5, 4, 63, false, true),
                AttemptScore.of(List.of(RIGHT, HALF, DESCRIPTION, RIGHT, OPEN), 55));
    }

    @Test
    @DisplayName("fail: a percentage below the pass mark; exactly at the pass mark passes")
    void failAndExactlyAtPassMark() {
        List<Grade> grades = List.of(RIGHT, WRONG, HALF, WRONG);
        assertEquals(new AttemptScore(1.5, 4, 38, false, false), AttemptScore.of(grades, 55));
        assertEquals(Boolean.TRUE, AttemptScore.of(grades, 38).passed());
        assertEquals(Boolean.FALSE, AttemptScore.of(grades, 39).passed());
    }

    @Test
    @DisplayName("pending: an essay awaiting a lecturer counts with 0 and leaves passed open (null)")
    void pending() {
        assertEquals(new AttemptScore(2, 3, 67, true, null), AttemptScore.of(List.of(RIGHT, ESSAY, RIGHT), 50));
        assertEquals(new AttemptScore(2, 3, 67, false, true),
                AttemptScore.of(List.of(RIGHT, new Grade(0, Status.UNANSWERED, ""), RIGHT), 50));
    }

    @ParameterizedTest(name = "{0} -> {1}%")
    @CsvSource(delimiter = '|', textBlock = """
            1 0 0 0 0 0 0 0                        | 13
            0.5 0 0 0 0 0 0 0                      | 6
            1 1 0                                  | 67
            1 0 0                                  | 33
            0.145                                  | 15
            0.1 0.2 0.3 0 0 0 0 0 0 0              | 6
            0.9999999                              | 100
            0.004                                  | 0
            0.005                                  | 1
            """)
    @DisplayName("the percentage is rounded half up (12.5% is 13%), exactly: 0.145 is 15% though 0.145 * 100 is "
            + "14.499999999999998 in floating point; fractions are kept to Moodle's 7 decimals")
    void roundingHalfUp(String fractions, int percent) {
        List<Grade> grades = new ArrayList<>();
        Stream.of(fractions.split(" ")).mapToDouble(Double::parseDouble)
                .forEach(fraction -> grades.add(Grade.graded(fraction, "")));
        assertEquals(percent, AttemptScore.of(grades, 50).percent());
    }

    @Test
    @DisplayName("empty: no question that counts gives 0 of 0 and 0%, passed only with a pass mark of 0")
    void empty() {
        assertEquals(new AttemptScore(0, 0, 0, false, false), AttemptScore.of(List.of(), 50));
        assertEquals(new AttemptScore(0, 0, 0, false, false), AttemptScore.of(List.of(DESCRIPTION), 50));
        assertEquals(new AttemptScore(0, 0, 0, false, true), AttemptScore.of(List.of(), 0));
    }

    @ParameterizedTest(name = "{0}%")
    @ValueSource(ints = {-1, 101})
    @DisplayName("a pass mark outside 0..100% is a programming error")
    void passMarkOutOfRange(int passMark) {
        assertThrows(IllegalArgumentException.class, () -> AttemptScore.of(List.of(RIGHT), passMark));
    }

    @Test
    @DisplayName("a grade's fraction stays within 0..1")
    void gradeFractionInRange() {
        assertThrows(IllegalArgumentException.class, () -> new Grade(-0.5, Status.WRONG, ""));
        assertThrows(IllegalArgumentException.class, () -> new Grade(1.5, Status.CORRECT, ""));
        assertThrows(IllegalArgumentException.class, () -> new Grade(Double.NaN, Status.WRONG, ""));
    }
}
