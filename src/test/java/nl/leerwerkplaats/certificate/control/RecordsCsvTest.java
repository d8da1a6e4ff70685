package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.certificate.control.RecordsCsv.Row;

/** Completion records as CSV for the register, safe to open in a spreadsheet. */
class RecordsCsvTest {

    static final Function<String, String> DUTCH = dutch();

    static Function<String, String> dutch() {
        Map<String, String> texts = new HashMap<>(Map.of("records.csv.name", "Naam",
                "records.csv.registrationNumber", "Registratienummer", "records.csv.activityId", "Activiteit",
                "records.csv.title", "Titel", "records.csv.version", "Versie", "records.csv.date", "Datum",
                "records.csv.hours", "Studie-uren", "records.csv.points", "Punten", "records.csv.code", "Code",
                "records.csv.status", "Status"));
        texts.putAll(Map.of("records.csv.revoked", "Ingetrokken", "records.csv.valid", "Geldig"));
        return texts::get;
    }

    static Row row(String name, String title, Integer points, boolean revoked) {
        return new Row(name, "SKJ-100200300", "SKJ-12345", title, LocalDate.of(2026, 3, 9), points, "2026.1",
                StudyHours.of(90), "0123456789abcdefghjkmnpqrstvwxyz", revoked);
    }

    @Test
    @DisplayName("BOM, translated header, ISO date, hours with a point, status, CRLF after every line")
    void exactOutput() {
        String csv = RecordsCsv.write(List.of(row("Eliëns", "Veilig opgroeien", 4, false)), DUTCH);
        assertEquals("\uFEFF"
                + "Naam,Registratienummer,Activiteit,Titel,Versie,Datum,Studie-uren,Punten,Code,Status\r\n"
                + "Eliëns,SKJ-100200300,SKJ-12345,Veilig opgroeien,2026.1,2026-03-09,1.5,4,"
                + "0123456789abcdefghjkmnpqrstvwxyz,Geldig\r\n", csv);
    }

    @Test
    @DisplayName("A title with a comma and quotes is quoted, the quotes doubled")
    void quoting() {
        String csv = RecordsCsv.write(List.of(row("Jan", "Zorg, thuis \"en\" school", 4, false)), DUTCH);
        assertTrue(csv.contains(",SKJ-12345,\"Zorg, thuis \"\"en\"\" school\",2026.1,"), csv);
    }

    @Test
    @DisplayName("A name a spreadsheet would run as a formula gets a leading apostrophe")
    void formulaGuard() {
        String csv = RecordsCsv.write(List.of(row("=HYPERLINK(\"http://x\")", "T", 4, false)), DUTCH);
        assertTrue(lines(csv).get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",SKJ-100200300,"), csv);
    }

    @Test
    @DisplayName("No points: an empty field; a revoked record says so")
    void nullPointsAndRevoked() {
        String csv = RecordsCsv.write(List.of(row("Jan", "T", null, true), row("Piet", "T", 0, false)), DUTCH);
        assertEquals("Jan,SKJ-100200300,SKJ-12345,T,2026.1,2026-03-09,1.5,,0123456789abcdefghjkmnpqrstvwxyz,"
                + "Ingetrokken", lines(csv).get(1));
        assertTrue(lines(csv).get(2).endsWith(",1.5,0,0123456789abcdefghjkmnpqrstvwxyz,Geldig"));
    }

    @Test
    @DisplayName("Nulls elsewhere are empty fields too, so every line keeps the header's width")
    void nulls() {
        String csv = RecordsCsv.write(List.of(new Row(null, null, null, null, null, null, null, null, null, false)),
                DUTCH);
        assertEquals(",,,,,,,,,Geldig", lines(csv).get(1));
        assertEquals(lines(csv).get(0).split(",", -1).length, lines(csv).get(1).split(",", -1).length);
    }

    @Test
    @DisplayName("Hours keep their one decimal: 1.0, not 1")
    void wholeHours() {
        Row row = new Row("A", null, null, "T", LocalDate.of(2026, 1, 2), 1, null, StudyHours.of(60), "c", false);
        assertEquals("A,,,T,,2026-01-02,1.0,1,c,Geldig", lines(RecordsCsv.write(List.of(row), DUTCH)).get(1));
    }

    @Test
    @DisplayName("No rows: only the header; a missing translation shows the key rather than 'null'")
    void emptyAndUntranslated() {
        assertEquals("\uFEFFrecords.csv.name,records.csv.registrationNumber,records.csv.activityId,records.csv.title,"
                + "records.csv.version,records.csv.date,records.csv.hours,records.csv.points,records.csv.code,"
                + "records.csv.status\r\n", RecordsCsv.write(List.of(), key -> null));
        assertTrue(RecordsCsv.write(List.of(row("A", "T", 1, true)), key -> null).endsWith(",records.csv.revoked\r\n"));
    }

    static List<String> lines(String csv) {
        assertTrue(csv.startsWith("\uFEFF"));
        assertTrue(csv.endsWith("\r\n"));
        return List.of(csv.substring(1).split("\r\n"));
    }
}
