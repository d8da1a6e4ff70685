package nl.leerwerkplaats.progress.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A learner's due dates as an RFC 5545 calendar, for the iCal feed that calendar apps subscribe to. Each deadline
 * is one event with a reminder the day before, so the learner's own calendar warns without a mail from us.
 */
public final class ICalendar {

    /** One deadline; {@code description} and {@code url} may be null. */
    public record Event(String uid, String summary, String description, String url, Instant at) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(at, "at");
        }
    }

    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * The whole calendar. A deadline is a moment, so an event has a DTSTART and no DTEND: RFC 5545 3.6.1 reads that
     * as ending at the same instant, whereas a DTEND equal to DTSTART breaks the rule that DTEND must be later.
     *
     * @param stamp when the feed was generated (DTSTAMP), from the injected clock
     */
    public static String write(String calendarName, List<Event> events, Instant stamp) {
        Objects.requireNonNull(stamp, "stamp");
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Leerwerkplaats//Deadlines//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(event.uid()));
            line(ics, "DTSTAMP:" + utc(stamp));
            line(ics, "DTSTART:" + utc(event.at()));
            line(ics, "SUMMARY:" + text(event.summary()));
            if (present(event.description())) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            if (present(event.url())) {
                line(ics, "URL:" + uri(event.url()));
            }
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "TRIGGER:-P1D");
            line(ics, "DESCRIPTION:" + text(event.summary()));
            line(ics, "END:VALARM");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** UTC date-time in the basic format, e.g. {@code 20261130T120000Z}; seconds are truncated. */
    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** A URI value is not escaped, but a line break in it would end the property, so it is dropped. */
    private static String uri(String value) {
        return value.replace("\r", "").replace("\n", "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void line(StringBuilder ics, String content) {
        ics.append(fold(content)).append(CRLF);
    }

    /**
     * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): each continuation starts with one space, which
     * counts towards its 75. A character (code point) is never split, so no line holds half a UTF-8 sequence.
     */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder(content.length() + 16);
        int octets = 0;
        for (int index = 0; index < content.length(); ) {
            int codePoint = content.codePointAt(index);
            int charCount = Character.charCount(codePoint);
            int size = content.substring(index, index + charCount).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            index += charCount;
        }
        return folded.toString();
    }
}
