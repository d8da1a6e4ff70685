package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.platform.CsvText;
import nl.leerwerkplaats.progress.control.ProgressTable.Cell;
import nl.leerwerkplaats.progress.control.ProgressTable.Column;
import nl.leerwerkplaats.progress.control.ProgressTable.Row;

/** A class's progress as CSV that Excel opens safely and correctly. */
class ProgressCsvTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Function<String, String> DUTCH = Map.of("export.studentNumber", "Studentnummer",
            "export.name", "Naam", "export.email", "E-mail", "export.lastActivity", "Laatst actief",
            "export.status", "Status", "export.percent", "Procent", "export.completedAt", "Afgerond op",
            "export.finalScore", "Eindcijfer")::get;

    static ProgressTable table() {
        return new ProgressTable("Klas 2A", List.of(new Column("veilig", "Veilig werken", null),
                new Column("zorg", "Zorg, thuis", Instant.parse("2026-12-01T10:00:00Z"))),
                List.of(new Row("00123", "Jansen, \"Jan\"", "jan@example.nl", Instant.parse("2026-11-30T13:05:42Z"),
                                List.of(new Cell("Afgerond", 100, Instant.parse("2026-11-29T23:30:00Z"), 8),
                                        new Cell("Bezig", 40, null, null))),
                        new Row(null, "=1+1", null, null, Arrays.asList(null, new Cell("Niet begonnen", 0, null,
                                null)))));
    }

    @Test
    @DisplayName("BOM, translated headers per module, RFC 4180 quoting, local dates, empty fields for nulls, CRLF")
    void exactOutput() {
        String csv = ProgressCsv.write(table(), AMSTERDAM, DUTCH);
        assertEquals("\uFEFF"
                + "Studentnummer,Naam,E-mail,Laatst actief,"
                + "Veilig werken – Status,Veilig werken – Procent,Veilig werken – Afgerond op,"
                + "Veilig werken – Eindcijfer,"
                + "\"Zorg, thuis – Status\",\"Zorg, thuis – Procent\",\"Zorg, thuis – Afgerond op\","
                + "\"Zorg, thuis – Eindcijfer\"\r\n"
                + "00123,\"Jansen, \"\"Jan\"\"\",jan@example.nl,2026-11-30 14:05,"
                + "Afgerond,100,2026-11-30 00:30,8,Bezig,40,,\r\n"
                + "," + "'=1+1" + ",,,,,,,Niet begonnen,0,,\r\n", csv);
    }

    @Test
    @DisplayName("A missing translation shows the key rather than 'null'")
    void missingTranslation() {
        String csv = ProgressCsv.write(new ProgressTable("K", List.of(), List.of()), AMSTERDAM, key -> null);
        assertEquals("\uFEFFexport.studentNumber,export.name,export.email,export.lastActivity\r\n", csv);
    }

    @Test
    @DisplayName("A row with fewer cells than columns gets empty fields, so every record has the header's width")
    void shortRow() {
        ProgressTable table = new ProgressTable("K", List.of(new Column("a", "A", null)),
                List.of(new Row("1", "Piet", null, null, List.of())));
        String[] lines = ProgressCsv.write(table, AMSTERDAM, DUTCH).split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("1,Piet,,,,,,", lines[1]);
        assertEquals(lines[0].split(",", -1).length, lines[1].split(",", -1).length);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("Formula injection: a field starting with = + - @ tab or CR is defused with an apostrophe")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1",
        "+31 6 1234|'+31 6 1234",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "Eliëns|Eliëns",
        "a=b|a=b"})
    void formulaInjection(String value, String expected) {
        assertEquals(expected, CsvText.field(value));
    }

    @Test
    @DisplayName("A tab or carriage return at the start is defused; a line break is quoted")
    void controlCharacters() {
        assertEquals("'\t=cmd", CsvText.field("\t=cmd"));
        assertEquals("\"'\r=1\"", CsvText.field("\r=1"));
        assertEquals("\"a\nb\"", CsvText.field("a\nb"));
    }

    @Test
    @DisplayName("Dates are local to the lecturer's zone, to the minute, also across the DST change")
    void dates() {
        assertEquals("2026-07-01 02:00", ProgressCsv.date(Instant.parse("2026-07-01T00:00:59Z"), AMSTERDAM));
        assertEquals("2026-01-01 01:00", ProgressCsv.date(Instant.parse("2026-01-01T00:00:00Z"), AMSTERDAM));
        assertEquals("", ProgressCsv.date(null, AMSTERDAM));
        assertTrue(ProgressCsv.write(table(), ZoneId.of("UTC"), DUTCH).contains("2026-11-30 13:05"));
    }
}
