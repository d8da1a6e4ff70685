package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.certificate.control.PointsOverview.EarnedRecord;

/** A professional's points in one registration period. */
class PointsOverviewTest {

    static final RegistrationPeriod PERIOD = new RegistrationPeriod(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 9, 1));

    static EarnedRecord record(String title, String date, int points, boolean revoked) {
        return new EarnedRecord("code-" + title, title, LocalDate.parse(date), points, revoked);
    }

    @Test
    @DisplayName("Only records completed in the period count; its first day is in, the day after its last day out")
    void onlyThePeriod() {
        List<EarnedRecord> all = List.of(record("Voor", "2021-08-31", 4, false),
                record("Eerste", "2021-09-01", 4, false), record("Laatste", "2026-08-31", 4, false),
                record("Na", "2026-09-01", 4, false));
        PointsOverview overview = PointsOverview.of(PERIOD, 60, all);
        assertEquals(List.of("Eerste", "Laatste"), overview.records().stream().map(EarnedRecord::title).toList());
        assertEquals(8, overview.earned());
        assertEquals(PERIOD, overview.period());
        assertEquals(60, overview.required());
    }

    @Test
    @DisplayName("Records sorted by completion date, then by title")
    void sorted() {
        List<EarnedRecord> all = List.of(record("Zorg", "2023-05-01", 2, false), record("Bouw", "2023-05-01", 2, false),
                record("Ander", "2024-01-01", 2, false), record("Xenia", "2022-01-01", 2, false));
        assertEquals(List.of("Xenia", "Bouw", "Zorg", "Ander"),
                PointsOverview.of(PERIOD, 60, all).records().stream().map(EarnedRecord::title).toList());
    }

    @Test
    @DisplayName("A revoked record is listed, so the learner sees it, but its points do not count")
    void revoked() {
        List<EarnedRecord> all = List.of(record("Geldig", "2023-01-01", 10, false),
                record("Ingetrokken", "2023-02-01", 6, true));
        PointsOverview overview = PointsOverview.of(PERIOD, 60, all);
        assertEquals(2, overview.records().size());
        assertEquals(10, overview.earned());
        assertEquals(50, overview.missing());
    }

    @ParameterizedTest(name = "{1} of {0}: missing {2}, met {3}, {4}%")
    @CsvSource({"60, 0, 60, false, 0", "60, 30, 30, false, 50", "60, 59, 1, false, 98", "60, 60, 0, true, 100",
        "60, 75, 0, true, 100", "0, 0, 0, true, 100", "0, 8, 0, true, 100", "3, 1, 2, false, 33"})
    @DisplayName("Missing points, met, and the percentage (rounded down, at most 100; 100 when nothing is required)")
    void progress(int required, int earned, int missing, boolean met, int percent) {
        PointsOverview overview = PointsOverview.of(PERIOD, required,
                earned == 0 ? List.of() : List.of(record("M", "2022-02-02", earned, false)));
        assertEquals(earned, overview.earned());
        assertEquals(missing, overview.missing());
        assertEquals(met, overview.met());
        assertEquals(percent, overview.percent());
    }

    @Test
    @DisplayName("Points of several records add up across the period")
    void sum() {
        List<EarnedRecord> all = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            all.add(record("M" + month, "2024-%02d-15".formatted(month), 5, false));
        }
        PointsOverview overview = PointsOverview.of(PERIOD, 60, all);
        assertEquals(60, overview.earned());
        assertTrue(overview.met());
        assertEquals(0, overview.missing());
    }

    @Test
    @DisplayName("The record list cannot be changed afterwards, not even through the list passed in")
    void immutable() {
        List<EarnedRecord> mine = new ArrayList<>(List.of(record("A", "2023-01-01", 4, false)));
        PointsOverview overview = new PointsOverview(PERIOD, 60, 4, mine);
        mine.clear();
        assertEquals(1, overview.records().size());
        assertThrows(UnsupportedOperationException.class, () -> overview.records().clear());
    }

    @Test
    @DisplayName("No records: nothing earned, everything missing")
    void empty() {
        PointsOverview overview = PointsOverview.of(PERIOD, 60, List.of());
        assertEquals(0, overview.earned());
        assertFalse(overview.met());
        assertEquals(60, overview.missing());
        assertEquals(0, overview.percent());
    }

    @Test
    @DisplayName("A negative requirement, a missing period or a record without a date is refused")
    void invalid() {
        assertThrows(IllegalArgumentException.class, () -> PointsOverview.of(PERIOD, -1, List.of()));
        assertThrows(NullPointerException.class, () -> PointsOverview.of(null, 60, List.of()));
        assertThrows(NullPointerException.class, () -> new EarnedRecord("c", "t", null, 1, false));
    }
}
