package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due moments and reminder windows in Europe/Amsterdam across both DST changes of 2026. */
class DueDatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static boolean reminderDueAt(Instant dueAt, int days, Instant now) {
        Clock clock = Clock.fixed(now, AMSTERDAM);
        return DueDates.reminderDue(dueAt, days, clock.instant(), AMSTERDAM);
    }

    @ParameterizedTest(name = "{0} 23:59 local is {1}")
    @DisplayName("the default deadline is 23:59 local time, whatever the UTC offset that day")
    @CsvSource({
            "2026-03-28, 2026-03-28T22:59:00Z",
            "2026-03-29, 2026-03-29T21:59:00Z",
            "2026-10-24, 2026-10-24T21:59:00Z",
            "2026-10-25, 2026-10-25T22:59:00Z",
            "2026-07-01, 2026-07-01T21:59:00Z",
            "2026-01-15, 2026-01-15T22:59:00Z" })
    void endOfDay(LocalDate date, Instant expected) {
        assertEquals(expected, DueDates.endOfDay(date, AMSTERDAM));
    }

    @Test
    @DisplayName("a time in the spring gap moves forward by the length of the gap")
    void atInGap() {
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                DueDates.at(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), AMSTERDAM));
    }

    @Test
    @DisplayName("a time in the autumn overlap takes the earlier (summer-time) offset")
    void atInOverlap() {
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                DueDates.at(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), AMSTERDAM));
    }

    @Test
    @DisplayName("an ordinary time is converted with that day's offset")
    void atOrdinary() {
        assertEquals(Instant.parse("2026-06-10T07:15:00Z"),
                DueDates.at(LocalDate.of(2026, 6, 10), LocalTime.of(9, 15), AMSTERDAM));
    }

    @ParameterizedTest(name = "{0} is local date {1}")
    @DisplayName("the local date changes at local midnight, not at UTC midnight")
    @CsvSource({
            "2026-03-28T22:59:59Z, 2026-03-28",
            "2026-03-28T23:00:00Z, 2026-03-29",
            "2026-03-29T21:59:59Z, 2026-03-29",
            "2026-03-29T22:00:00Z, 2026-03-30",
            "2026-10-25T22:59:59Z, 2026-10-25",
            "2026-10-25T23:00:00Z, 2026-10-26" })
    void localDate(Instant instant, LocalDate expected) {
        assertEquals(expected, DueDates.localDate(instant, AMSTERDAM));
    }

    @Test
    @DisplayName("3 days before a deadline after the spring change is the same wall-clock time, 71 hours earlier")
    void daysBeforeAcrossSpringChange() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 3, 31), AMSTERDAM);
        Instant reminder = DueDates.daysBefore(due, 3, AMSTERDAM);
        assertEquals(Instant.parse("2026-03-28T22:59:00Z"), reminder);
        assertEquals(DueDates.endOfDay(LocalDate.of(2026, 3, 28), AMSTERDAM), reminder);
        assertEquals(Duration.ofHours(71), Duration.between(reminder, due));
    }

    @Test
    @DisplayName("3 days before a deadline after the autumn change is the same wall-clock time, 73 hours earlier")
    void daysBeforeAcrossAutumnChange() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 10, 27), AMSTERDAM);
        Instant reminder = DueDates.daysBefore(due, 3, AMSTERDAM);
        assertEquals(Instant.parse("2026-10-24T21:59:00Z"), reminder);
        assertEquals(Duration.ofHours(73), Duration.between(reminder, due));
    }

    @Test
    @DisplayName("days before without a DST change is exactly 24 hours a day; 0 days is the due moment")
    void daysBeforeWithoutChange() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 6, 10), AMSTERDAM);
        assertEquals(Instant.parse("2026-06-08T21:59:00Z"), DueDates.daysBefore(due, 2, AMSTERDAM));
        assertEquals(due, DueDates.daysBefore(due, 0, AMSTERDAM));
    }

    @Test
    @DisplayName("the reminder window opens at the same wall-clock time days before, across the spring change")
    void reminderWindowSpring() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 3, 31), AMSTERDAM);
        Instant opens = Instant.parse("2026-03-28T22:59:00Z");
        assertFalse(reminderDueAt(due, 3, opens.minusSeconds(1)));
        assertTrue(reminderDueAt(due, 3, opens));
        assertTrue(reminderDueAt(due, 3, Instant.parse("2026-03-30T10:00:00Z")));
        assertTrue(reminderDueAt(due, 3, due.minusSeconds(1)));
        // 72 absolute hours before is 22:59 local on the 28th: still outside the window
        assertFalse(reminderDueAt(due, 3, due.minus(Duration.ofHours(72))));
    }

    @Test
    @DisplayName("no reminder at or after the due moment")
    void noReminderOnceDue() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 10, 27), AMSTERDAM);
        assertFalse(reminderDueAt(due, 3, due));
        assertFalse(reminderDueAt(due, 3, due.plusSeconds(60)));
    }

    @Test
    @DisplayName("the reminder window opens 73 hours before a deadline after the autumn change")
    void reminderWindowAutumn() {
        Instant due = DueDates.endOfDay(LocalDate.of(2026, 10, 27), AMSTERDAM);
        assertFalse(reminderDueAt(due, 3, due.minus(Duration.ofHours(73)).minusSeconds(1)));
        assertTrue(reminderDueAt(due, 3, due.minus(Duration.ofHours(73))));
    }
}
