package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cumulative completions per local date for the cohort chart. */
class CompletionTimelineTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static SortedMap<LocalDate, Integer> expected(LocalDate from, int... totals) {
        SortedMap<LocalDate, Integer> map = new TreeMap<>();
        for (int i = 0; i < totals.length; i++) {
            map.put(from.plusDays(i), totals[i]);
        }
        return map;
    }

    @Test
    @DisplayName("every day from..to is present with the running total")
    void runningTotal() {
        LocalDate from = LocalDate.of(2026, 6, 1);
        List<Instant> completions = List.of(Instant.parse("2026-06-01T10:00:00Z"),
                Instant.parse("2026-06-03T10:00:00Z"), Instant.parse("2026-06-03T11:00:00Z"));
        assertEquals(expected(from, 1, 1, 3, 3),
                CompletionTimeline.cumulative(completions, AMSTERDAM, from, from.plusDays(3)));
    }

    @Test
    @DisplayName("completions before from count on the first day; after to are ignored")
    void outsideRange() {
        LocalDate from = LocalDate.of(2026, 6, 10);
        List<Instant> completions = List.of(Instant.parse("2026-05-01T10:00:00Z"),
                Instant.parse("2026-06-09T21:59:59Z"), Instant.parse("2026-06-11T10:00:00Z"),
                Instant.parse("2026-06-12T22:00:00Z"), Instant.parse("2026-07-01T10:00:00Z"));
        assertEquals(expected(from, 2, 3, 3),
                CompletionTimeline.cumulative(completions, AMSTERDAM, from, from.plusDays(2)));
    }

    @Test
    @DisplayName("a completion exactly at local midnight after the spring change counts on the new day")
    void midnightAfterSpringChange() {
        LocalDate from = LocalDate.of(2026, 3, 28);
        // 00:00 CEST on 30 March; 00:00 CET on 29 March
        List<Instant> completions = List.of(Instant.parse("2026-03-29T22:00:00Z"),
                Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T21:59:59Z"));
        assertEquals(expected(from, 0, 2, 3),
                CompletionTimeline.cumulative(completions, AMSTERDAM, from, from.plusDays(2)));
    }

    @Test
    @DisplayName("a completion exactly at local midnight after the autumn change counts on the new day")
    void midnightAfterAutumnChange() {
        LocalDate from = LocalDate.of(2026, 10, 25);
        // 00:00 CET on 26 October; one second earlier is still the 25th
        List<Instant> completions = List.of(Instant.parse("2026-10-25T23:00:00Z"),
                Instant.parse("2026-10-25T22:59:59Z"));
        assertEquals(expected(from, 1, 2),
                CompletionTimeline.cumulative(completions, AMSTERDAM, from, from.plusDays(1)));
    }

    @Test
    @DisplayName("one day range and null completions are handled")
    void singleDayAndNulls() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<Instant> completions = new ArrayList<>(Arrays.asList(null, Instant.parse("2026-05-31T22:00:00Z")));
        assertEquals(Map.of(day, 1), CompletionTimeline.cumulative(completions, AMSTERDAM, day, day));
    }

    @Test
    @DisplayName("no completions gives zeros; from after to gives an empty map")
    void emptyCases() {
        LocalDate from = LocalDate.of(2026, 6, 1);
        assertEquals(expected(from, 0, 0), CompletionTimeline.cumulative(List.of(), AMSTERDAM, from,
                from.plusDays(1)));
        assertTrue(CompletionTimeline.cumulative(List.of(Instant.parse("2026-06-01T10:00:00Z")), AMSTERDAM, from,
                from.minusDays(1)).isEmpty());
    }
}
