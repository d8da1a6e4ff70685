package nl.leerwerkplaats.progress.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns the dates a lecturer picks into due moments and reminder windows. Calendar arithmetic is done in
 * local wall-clock time, so a deadline and its reminder stay at 23:59 across daylight-saving changes.
 */
public final class DueDates {

    /** The default deadline time on the chosen date. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private DueDates() {
    }

    /** The due moment 23:59:00 local time on {@code date} in {@code zone}. */
    public static Instant endOfDay(LocalDate date, ZoneId zone) {
        return at(date, END_OF_DAY, zone);
    }

    /** The moment {@code time} on {@code date} in {@code zone}; a time in a DST gap moves forward. */
    public static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The local calendar date of {@code instant} in {@code zone}. */
    public static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * The same local wall-clock time {@code days} calendar days before {@code dueAt}; across a DST change
     * this is an hour more or less than {@code days * 24} hours.
     */
    public static Instant daysBefore(Instant dueAt, int days, ZoneId zone) {
        return dueAt.atZone(zone).minusDays(days).toInstant();
    }

    /** Whether {@code now} lies in [daysBefore(dueAt), dueAt): the reminder window. */
    public static boolean reminderDue(Instant dueAt, int daysBefore, Instant now, ZoneId zone) {
        return !now.isBefore(daysBefore(dueAt, daysBefore, zone)) && now.isBefore(dueAt);
    }
}
