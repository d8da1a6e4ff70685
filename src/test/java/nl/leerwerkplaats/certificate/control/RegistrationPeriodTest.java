package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Five-year SKJ registration periods, counted from the registration start. */
class RegistrationPeriodTest {

    static final LocalDate START = LocalDate.of(2021, 9, 1);
    static final LocalDate LEAP_START = LocalDate.of(2024, 2, 29);

    static RegistrationPeriod period(String start, String end) {
        return new RegistrationPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0} → [{1}, {2})")
    @CsvSource({
        "2021-09-01, 2021-09-01, 2026-09-01",
        "2026-08-31, 2021-09-01, 2026-09-01",
        "2026-09-01, 2026-09-01, 2031-09-01",
        "2031-08-31, 2026-09-01, 2031-09-01",
        "2031-09-01, 2031-09-01, 2036-09-01",
        "2121-09-01, 2121-09-01, 2126-09-01",
        "2021-08-31, 2021-09-01, 2026-09-01",
        "1990-01-01, 2021-09-01, 2026-09-01"})
    @DisplayName("The period containing a day; a day before the registration start gives the first period")
    void containing(LocalDate day, LocalDate start, LocalDate end) {
        assertEquals(new RegistrationPeriod(start, end), RegistrationPeriod.containing(START, day));
    }

    static Stream<Arguments> leapDays() {
        return Stream.of(
                Arguments.of("2029-02-27", period("2024-02-29", "2029-02-28")),
                Arguments.of("2029-02-28", period("2029-02-28", "2034-02-28")),
                Arguments.of("2029-03-01", period("2029-02-28", "2034-02-28")),
                Arguments.of("2034-02-28", period("2034-02-28", "2039-02-28")),
                Arguments.of("2044-02-28", period("2039-02-28", "2044-02-29")),
                Arguments.of("2044-02-29", period("2044-02-29", "2049-02-28")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("leapDays")
    @DisplayName("A start on 29 February: 28 February in common years, 29 February again when a period starts in a "
            + "leap year (2044), each counted from the original start; the period before it ends on that day too")
    void leapDayStart(String day, RegistrationPeriod expected) {
        assertEquals(expected, RegistrationPeriod.containing(LEAP_START, LocalDate.parse(day)));
    }

    @ParameterizedTest(name = "from {0}")
    @CsvSource({"2021-09-01", "2024-02-29", "2023-12-31", "2020-01-01", "2000-02-29"})
    @DisplayName("Every day for 60 years lies in exactly the period found for it, and periods join without gaps")
    void everyDayCovered(LocalDate start) {
        RegistrationPeriod previous = RegistrationPeriod.containing(start, start);
        assertEquals(start, previous.start());
        for (LocalDate day = start; day.isBefore(start.plusYears(60)); day = day.plusDays(1)) {
            RegistrationPeriod period = RegistrationPeriod.containing(start, day);
            assertTrue(period.contains(day), () -> period + " should contain its day");
            if (!period.equals(previous)) {
                assertEquals(previous.end(), period.start(), "a new period starts where the previous one ended");
                assertEquals(previous.end(), day, "and on the first day outside the previous one");
                previous = period;
            }
        }
    }

    @Test
    @DisplayName("Outside a 29 February start, the end is always the start plus five years")
    void endIsFiveYearsLater() {
        for (LocalDate day = START; day.isBefore(START.plusYears(40)); day = day.plusDays(97)) {
            RegistrationPeriod period = RegistrationPeriod.containing(START, day);
            assertEquals(period.start().plusYears(5), period.end());
        }
    }

    @Test
    @DisplayName("contains: start inclusive, end exclusive")
    void contains() {
        RegistrationPeriod period = period("2021-09-01", "2026-09-01");
        assertTrue(period.contains(LocalDate.of(2021, 9, 1)));
        assertTrue(period.contains(LocalDate.of(2026, 8, 31)));
        assertFalse(period.contains(LocalDate.of(2026, 9, 1)));
        assertFalse(period.contains(LocalDate.of(2021, 8, 31)));
    }

    @Test
    @DisplayName("The last day is the day before the exclusive end")
    void lastDay() {
        assertEquals(LocalDate.of(2026, 8, 31), period("2021-09-01", "2026-09-01").lastDay());
        assertEquals(LocalDate.of(2029, 2, 27), period("2024-02-29", "2029-02-28").lastDay());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2026-08-31, 1", "2026-08-01, 31", "2026-09-01, 0", "2030-01-01, 0", "2021-09-01, 1826",
        "2020-09-01, 2191"})
    @DisplayName("Days left until the end, the last day counting as one; 0 once the period is over")
    void daysLeft(LocalDate today, long expected) {
        assertEquals(expected, period("2021-09-01", "2026-09-01").daysLeft(today));
    }

    @Test
    @DisplayName("A period must end after it starts, and needs both dates")
    void invalid() {
        assertThrows(IllegalArgumentException.class, () -> period("2021-09-01", "2021-09-01"));
        assertThrows(IllegalArgumentException.class, () -> period("2021-09-01", "2020-09-01"));
        assertThrows(NullPointerException.class, () -> new RegistrationPeriod(null, START));
        assertThrows(NullPointerException.class, () -> RegistrationPeriod.containing(START, null));
    }
}
