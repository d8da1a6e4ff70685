package nl.leerwerkplaats.progress.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cumulative number of completions per local date, for the completion chart of a cohort. Dates are taken
 * in the platform's zone so a completion just after local midnight counts on the new day.
 */
public final class CompletionTimeline {

    private CompletionTimeline() {
    }

    /**
     * For every date from {@code from} to {@code to} inclusive, how many completions happened on or before it.
     * Earlier completions count from the first day; later ones are ignored; nulls are skipped. Empty when
     * {@code from} is after {@code to}.
     */
    public static SortedMap<LocalDate, Integer> cumulative(Collection<Instant> completedAt, ZoneId zone,
            LocalDate from, LocalDate to) {
        SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (Instant instant : completedAt) {
            if (instant != null) {
                perDay.merge(DueDates.localDate(instant, zone), 1, Integer::sum);
            }
        }
        SortedMap<LocalDate, Integer> result = new TreeMap<>();
        if (from.isAfter(to)) {
            return result;
        }
        int total = perDay.headMap(from).values().stream().mapToInt(Integer::intValue).sum();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            total += perDay.getOrDefault(day, 0);
            result.put(day, total);
        }
        return result;
    }
}
