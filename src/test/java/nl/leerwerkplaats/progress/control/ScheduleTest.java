package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Behind schedule: progress against a straight line from opening to due moment, with a 10-point tolerance. */
class ScheduleTest {

    private static final Instant OPEN = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant DUE = OPEN.plus(Duration.ofDays(10));

    private static Instant day(double days) {
        return OPEN.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    @DisplayName("the expected share grows linearly over the period, rounded down")
    void expectedLinear() {
        assertEquals(0, Schedule.expectedPercent(OPEN, DUE, OPEN));
        assertEquals(30, Schedule.expectedPercent(OPEN, DUE, day(3)));
        assertEquals(50, Schedule.expectedPercent(OPEN, DUE, day(5)));
        assertEquals(99, Schedule.expectedPercent(OPEN, DUE, DUE.minusSeconds(1)));
        assertEquals(100, Schedule.expectedPercent(OPEN, DUE, DUE));
    }

    @Test
    @DisplayName("rounding is down: a third of the period is 33")
    void expectedRoundsDown() {
        Instant due = OPEN.plus(Duration.ofDays(3));
        assertEquals(33, Schedule.expectedPercent(OPEN, due, OPEN.plus(Duration.ofDays(1))));
        assertEquals(66, Schedule.expectedPercent(OPEN, due, OPEN.plus(Duration.ofDays(2))));
    }

    @Test
    @DisplayName("the expected share is clamped to 0..100 before opening and after the due moment")
    void expectedClamped() {
        assertEquals(0, Schedule.expectedPercent(OPEN, DUE, OPEN.minus(Duration.ofDays(5))));
        assertEquals(100, Schedule.expectedPercent(OPEN, DUE, DUE.plus(Duration.ofDays(30))));
    }

    @Test
    @DisplayName("without a due moment nothing is expected")
    void expectedWithoutDue() {
        assertEquals(0, Schedule.expectedPercent(OPEN, null, DUE.plus(Duration.ofDays(30))));
        assertEquals(0, Schedule.expectedPercent(null, null, OPEN));
    }

    @Test
    @DisplayName("without a usable period it is all or nothing at the due moment")
    void expectedWithoutPeriod() {
        assertEquals(0, Schedule.expectedPercent(null, DUE, day(9)));
        assertEquals(100, Schedule.expectedPercent(null, DUE, DUE));
        assertEquals(0, Schedule.expectedPercent(DUE, DUE, day(9)));
        assertEquals(100, Schedule.expectedPercent(DUE.plusSeconds(1), DUE, DUE.plusSeconds(1)));
    }

    @Test
    @DisplayName("a learner within 10 points of the line is not behind; more than 10 points below is")
    void tolerance() {
        Instant halfway = day(5);
        assertFalse(Schedule.behind(50, false, OPEN, DUE, halfway));
        assertFalse(Schedule.behind(40, false, OPEN, DUE, halfway));
        assertTrue(Schedule.behind(39, false, OPEN, DUE, halfway));
        assertTrue(Schedule.behind(0, false, OPEN, DUE, halfway));
    }

    @Test
    @DisplayName("on the first day nobody is behind yet")
    void firstDay() {
        assertFalse(Schedule.behind(0, false, OPEN, DUE, day(1)));
    }

    @Test
    @DisplayName("after the due moment an unfinished learner is behind, even at 99%")
    void overdueIsBehind() {
        assertTrue(Schedule.behind(99, false, OPEN, DUE, DUE.plusSeconds(1)));
        assertTrue(Schedule.behind(100, false, null, DUE, DUE.plusSeconds(1)));
        assertFalse(Schedule.behind(99, false, OPEN, DUE, DUE));
    }

    @Test
    @DisplayName("a completed learner is never behind")
    void completedNeverBehind() {
        assertFalse(Schedule.behind(0, true, OPEN, DUE, DUE.plus(Duration.ofDays(1))));
        assertFalse(Schedule.behind(0, true, OPEN, DUE, day(9)));
    }

    @Test
    @DisplayName("without a due moment nobody is behind")
    void noDueNeverBehind() {
        assertFalse(Schedule.behind(0, false, OPEN, null, DUE.plus(Duration.ofDays(100))));
    }
}
