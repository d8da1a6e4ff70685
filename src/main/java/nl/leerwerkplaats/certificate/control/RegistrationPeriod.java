package nl.leerwerkplaats.certificate.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One five-year SKJ registration period, in which a professional must earn the register's points.
 *
 * <p>Periods are counted from the registration start as {@code start.plusYears(5 * k)}, always from the original
 * start rather than from the previous period, so the dates never drift. A start on 29 February falls back to
 * 28 February in years that are not leap years (java.time's rule), and returns to 29 February when the period
 * starts in a leap year again: 2024-02-29, 2029-02-28, 2034-02-28, 2039-02-28, 2044-02-29. A period ends where
 * the next begins, so periods never overlap or leave a day out; that makes the period from 2039-02-28 end on
 * 2044-02-29, one day later than {@code start.plusYears(5)}. For every other start, {@code end} is exactly that.
 *
 * @param start the first day of the period
 * @param end the first day after the period (exclusive): the next period's start
 */
public record RegistrationPeriod(LocalDate start, LocalDate end) {

    static final int YEARS = 5;

    public RegistrationPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " – " + end);
        }
    }

    /**
     * The period that contains {@code day}; the first period when {@code day} comes before the registration
     * start, since nothing can count before registering.
     */
    public static RegistrationPeriod containing(LocalDate registrationStart, LocalDate day) {
        Objects.requireNonNull(registrationStart, "registrationStart");
        Objects.requireNonNull(day, "day");
        long index = day.isBefore(registrationStart) ? 0 : ChronoUnit.YEARS.between(registrationStart, day) / YEARS;
        RegistrationPeriod period = number(registrationStart, index);
        // YEARS.between counts 2024-02-29 to 2029-02-28 as four years, though plusYears(5) lands on that day: adjust.
        while (period.start().isAfter(day) && index > 0) {
            period = number(registrationStart, --index);
        }
        while (!period.end().isAfter(day)) {
            period = number(registrationStart, ++index);
        }
        return period;
    }

    /** Period {@code index} (0 is the first), computed from the original start so it never drifts. */
    private static RegistrationPeriod number(LocalDate registrationStart, long index) {
        return new RegistrationPeriod(registrationStart.plusYears(YEARS * index),
                registrationStart.plusYears(YEARS * (index + 1)));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** The last day that still counts, for display: the period ends the day before {@link #end()}. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** Days from {@code today} until the period ends; 0 once it has ended. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, end));
    }
}
