package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.catalog.entity.Accreditation;

/** The points a completion earns, from the module's accreditation and the completion date. */
class PointsAwardTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2028, 12, 31);

    static Accreditation accredited(Integer points, LocalDate from, LocalDate until) {
        return new Accreditation("SKJ", Accreditation.ACCREDITED, "SKJ-12345", points, from, until);
    }

    @Test
    @DisplayName("No accreditation: no points at all (null), and not 'outside the window'")
    void noAccreditation() {
        assertEquals(new PointsAward(null, false), PointsAward.of(null, FROM));
    }

    @ParameterizedTest(name = "status \"{0}\"")
    @CsvSource(value = {"niet geaccrediteerd", "Geaccrediteerd", "in aanvraag", "''", "NULL"}, nullValues = "NULL")
    @DisplayName("Any status but exactly 'geaccrediteerd' earns no points, even inside the window")
    void notAccredited(String status) {
        Accreditation accreditation = new Accreditation("SKJ", status, "SKJ-1", 4, FROM, UNTIL);
        assertEquals(new PointsAward(null, false), PointsAward.of(accreditation, FROM.plusDays(10)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-01-01", "2027-06-15", "2028-12-31"})
    @DisplayName("Accredited and completed inside the window, both bounds inclusive: the accredited points")
    void inside(LocalDate completion) {
        PointsAward award = PointsAward.of(accredited(4, FROM, UNTIL), completion);
        assertEquals(new PointsAward(4, false), award);
        assertTrue(award.earnsPoints());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2025-12-31", "2029-01-01", "2020-05-05"})
    @DisplayName("Accredited but completed outside the window: 0 points, marked as outside")
    void outside(LocalDate completion) {
        PointsAward award = PointsAward.of(accredited(4, FROM, UNTIL), completion);
        assertEquals(new PointsAward(0, true), award);
        assertFalse(award.earnsPoints());
    }

    @Test
    @DisplayName("A missing bound leaves that side of the window open")
    void openBounds() {
        assertEquals(4, PointsAward.of(accredited(4, null, UNTIL), LocalDate.of(1990, 1, 1)).points());
        assertTrue(PointsAward.of(accredited(4, null, UNTIL), UNTIL.plusDays(1)).outsideWindow());
        assertEquals(4, PointsAward.of(accredited(4, FROM, null), LocalDate.of(2099, 1, 1)).points());
        assertTrue(PointsAward.of(accredited(4, FROM, null), FROM.minusDays(1)).outsideWindow());
        assertEquals(new PointsAward(4, false), PointsAward.of(accredited(4, null, null), LocalDate.of(2000, 2, 29)));
    }

    @Test
    @DisplayName("Accredited without a number of points: null points, so it earns nothing")
    void accreditedWithoutPoints() {
        PointsAward award = PointsAward.of(accredited(null, FROM, UNTIL), FROM);
        assertNull(award.points());
        assertFalse(award.outsideWindow());
        assertFalse(award.earnsPoints());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(value = {"NULL, false", "0, false", "-1, false", "1, true", "60, true"}, nullValues = "NULL")
    @DisplayName("earnsPoints: only a positive number of points")
    void earnsPoints(Integer points, boolean earns) {
        assertEquals(earns, new PointsAward(points, false).earnsPoints());
    }

    @Test
    @DisplayName("A completion date is required")
    void completionDateRequired() {
        assertThrows(NullPointerException.class, () -> PointsAward.of(accredited(4, FROM, UNTIL), null));
    }
}
