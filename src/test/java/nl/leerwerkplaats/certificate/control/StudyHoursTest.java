package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Study load in hours with exactly one decimal, rounded half up. */
class StudyHoursTest {

    @ParameterizedTest(name = "{0} min → {1} h")
    @CsvSource({"90, 1.5", "100, 1.7", "0, 0.0", "45, 0.8", "29, 0.5", "3, 0.1", "2, 0.0", "60, 1.0", "30, 0.5",
        "1440, 24.0", "2147483647, 35791394.1"})
    @DisplayName("Minutes / 60, half up, scale 1 (so 1.0 and not 1)")
    void hours(int minutes, String expected) {
        BigDecimal hours = StudyHours.of(minutes);
        assertEquals(new BigDecimal(expected), hours, "equals compares the scale too");
        assertEquals(1, hours.scale());
    }

    @Test
    @DisplayName("Exact halves round up, where half-even or half-down would round them down")
    void halfUp() {
        assertEquals("0.1", StudyHours.of(3).toPlainString(), "0.05 h");
        assertEquals("0.3", StudyHours.of(15).toPlainString(), "0.25 h");
        assertEquals("0.0", StudyHours.of(2).toPlainString(), "0.0333 h");
    }

    @Test
    @DisplayName("Negative minutes are refused")
    void negative() {
        assertThrows(IllegalArgumentException.class, () -> StudyHours.of(-1));
        assertThrows(IllegalArgumentException.class, () -> StudyHours.of(Integer.MIN_VALUE));
    }
}
