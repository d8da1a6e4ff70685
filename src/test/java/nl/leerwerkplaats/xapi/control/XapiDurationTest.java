package nl.leerwerkplaats.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** xAPI durations: ISO 8601, hundredths of a second at most, truncated. */
class XapiDurationTest {

    @ParameterizedTest(name = "{0} ms → {1}")
    @DisplayName("Compact ISO 8601, days as hours, fractions truncated to hundredths")
    @CsvSource({
        "0, PT0S",
        "9, PT0S",
        "10, PT0.01S",
        "1256, PT1.25S",
        "1999, PT1.99S",
        "1500, PT1.5S",
        "1050, PT1.05S",
        "61000, PT1M1S",
        "65250, PT1M5.25S",
        "60000, PT1M",
        "3600000, PT1H",
        "7203000, PT2H3S",
        "176400000, PT49H",
        "90061000, PT25H1M1S"})
    void durations(long millis, String expected) {
        assertEquals(expected, XapiDuration.of(Duration.ofMillis(millis)));
    }

    @Test
    @DisplayName("Nanoseconds below a hundredth are dropped, not rounded up")
    void truncates() {
        assertEquals("PT0.99S", XapiDuration.of(Duration.ofNanos(999_999_999)));
        assertEquals("PT59.99S", XapiDuration.of(Duration.ofSeconds(59, 999_000_000)));
    }

    @Test
    @DisplayName("A negative duration (a clock set back) gives PT0S; null is refused")
    void negativeAndNull() {
        assertEquals("PT0S", XapiDuration.of(Duration.ofSeconds(-5)));
        assertEquals("PT0S", XapiDuration.of(Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> XapiDuration.of(null));
    }
}
