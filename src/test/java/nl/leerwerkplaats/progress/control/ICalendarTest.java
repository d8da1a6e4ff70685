package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.progress.control.ICalendar.Event;

/** The learner's deadlines as an RFC 5545 calendar feed. */
class ICalendarTest {

    static final Instant STAMP = Instant.parse("2026-11-30T12:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-07T22:59:00.750Z");

    static List<String> lines(String ics) {
        assertTrue(ics.endsWith("\r\n"), "the last line ends with CRLF too");
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");
        return Arrays.asList(ics.substring(0, ics.length() - 2).split("\r\n", -1));
    }

    /** RFC 5545 3.1: a line starting with a space continues the one before. */
    static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    @DisplayName("Calendar and event properties in order, a deadline as a moment with a reminder the day before")
    void structure() {
        String ics = ICalendar.write("Deadlines Jan", List.of(new Event("a1@leerwerkplaats.nl", "Module Veilig",
                "Lever in", "https://lwp.example/modules/veilig", DUE)), STAMP);
        assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerwerkplaats//Deadlines//NL",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Deadlines Jan",
                "BEGIN:VEVENT", "UID:a1@leerwerkplaats.nl", "DTSTAMP:20261130T120000Z", "DTSTART:20261207T225900Z",
                "SUMMARY:Module Veilig", "DESCRIPTION:Lever in", "URL:https://lwp.example/modules/veilig",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D", "DESCRIPTION:Module Veilig", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"), lines(ics));
    }

    @Test
    @DisplayName("Description and URL are left out when absent; one VEVENT per deadline")
    void optionalProperties() {
        String ics = ICalendar.write("D", List.of(new Event("1", "Eén", null, null, DUE),
                new Event("2", "Twee", " ", "", STAMP)), STAMP);
        List<String> lines = lines(ics);
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("URL")));
        assertEquals(2, lines.stream().filter(line -> line.startsWith("DESCRIPTION:")).count(),
                "only the two alarms' descriptions");
        assertTrue(lines.contains("DTSTART:20261130T120000Z"));
    }

    @Test
    @DisplayName("An empty calendar is still a valid VCALENDAR")
    void noEvents() {
        assertEquals(7, lines(ICalendar.write("Leeg", List.of(), STAMP)).size());
    }

    @Test
    @DisplayName("TEXT values escape backslash, semicolon, comma and every kind of line break")
    void escaping() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ICalendar.text("a\\b;c,d\r\ne\nf\rg"));
        String ics = ICalendar.write("Klas 1, groep; A", List.of(new Event("u;1", "Toets: 1, 2", "r1\nr2", null,
                DUE)), STAMP);
        List<String> lines = lines(ics);
        assertTrue(lines.contains("X-WR-CALNAME:Klas 1\\, groep\\; A"), ics);
        assertTrue(lines.contains("UID:u\\;1"), ics);
        assertTrue(lines.contains("SUMMARY:Toets: 1\\, 2"), ics);
        assertTrue(lines.contains("DESCRIPTION:r1\\nr2"), ics);
    }

    @Test
    @DisplayName("A long Dutch title is folded at 75 octets without splitting ë or é; unfolding restores it")
    void folding() {
        String title = "Reflectieverslag over de ideeën en het geëvalueerde café-experiment van de coöperatie "
                + "in Zeeuws-Vlaanderen, inclusief één bijlage per deelnemer en een uitgebreide reflectie";
        String ics = ICalendar.write("Deadlines", List.of(new Event("x", title, null, null, DUE)), STAMP);
        List<String> lines = lines(ics);
        assertTrue(lines.stream().filter(line -> line.startsWith(" ")).count() >= 2, "folded more than once");
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, () -> bytes.length + " octets: " + line);
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8));
            assertFalse(line.contains("\uFFFD"), "no broken character");
        }
        assertTrue(lines(unfold(ics)).contains("SUMMARY:" + ICalendar.text(title)));
    }

    @Test
    @DisplayName("Folding counts bytes: a line of two-byte letters breaks before a letter would cross 75 octets")
    void foldingMultiByteBoundary() {
        String content = "SUMMARY:" + "é".repeat(40); // 8 + 80 octets
        String folded = ICalendar.fold(content);
        String[] parts = folded.split("\r\n", -1);
        assertEquals(2, parts.length);
        assertEquals(74, parts[0].getBytes(StandardCharsets.UTF_8).length, "75 would split an é");
        assertEquals(" " + "é".repeat(7), parts[1]);
        assertEquals(content, unfold(folded));
        assertEquals("SUMMARY:short", ICalendar.fold("SUMMARY:short"));
    }

    @Test
    @DisplayName("A line of exactly 75 octets is not folded, one of 76 is")
    void foldingLimit() {
        String exact = "X".repeat(75);
        assertEquals(exact, ICalendar.fold(exact));
        assertEquals("X".repeat(75) + "\r\n X", ICalendar.fold(exact + "X"));
    }

    @Test
    @DisplayName("Date-times are UTC in the basic format, whatever the instant's origin, seconds truncated")
    void utc() {
        assertEquals("20261130T120000Z", ICalendar.utc(STAMP));
        assertEquals("20270101T000000Z", ICalendar.utc(Instant.parse("2027-01-01T01:00:00.999+01:00")));
        assertEquals("20260329T010000Z", ICalendar.utc(Instant.parse("2026-03-29T03:00:00+02:00")));
    }
}
