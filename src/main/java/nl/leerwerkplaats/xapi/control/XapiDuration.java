package nl.leerwerkplaats.xapi.control;

import java.time.Duration;
import java.util.Objects;

/**
 * A duration as xAPI writes it (ISO 8601, e.g. {@code PT1M5.25S}). xAPI 1.0.3 keeps at most 0.01 second and an LRS
 * may reject more, so hundredths are truncated; days become hours, since a day is not always 24 hours.
 */
public final class XapiDuration {

    private XapiDuration() {
    }

    /** The compact form, e.g. {@code PT0S}, {@code PT1.25S}, {@code PT2H3S}, {@code PT49H}; negative gives PT0S. */
    public static String of(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            return "PT0S";
        }
        long seconds = duration.getSeconds();
        int hundredths = duration.getNano() / 10_000_000;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder iso = new StringBuilder("PT");
        if (hours > 0) {
            iso.append(hours).append('H');
        }
        if (minutes > 0) {
            iso.append(minutes).append('M');
        }
        if (rest > 0 || hundredths > 0) {
            iso.append(rest);
            if (hundredths > 0) {
                iso.append('.').append(hundredths % 10 == 0 ? String.valueOf(hundredths / 10)
                        : (hundredths < 10 ? "0" : "") + hundredths);
            }
            iso.append('S');
        }
        return iso.length() == 2 ? "PT0S" : iso.toString();
    }
}
