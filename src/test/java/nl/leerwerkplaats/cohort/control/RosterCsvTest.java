package nl.leerwerkplaats.cohort.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static RosterReport parse(String text) {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The report must have exactly one error; returns it. */
    private static RosterError onlyError(RosterReport report) {
        assertEquals(1, report.errors().size(), () -> "expected one error, got " + report.errors());
        assertFalse(report.ok());
        return report.errors().get(0);
    }

    private static void assertError(RosterError error, int line, String field, String... parts) {
        assertEquals(line, error.line(), error::toString);
        assertEquals(field, error.field(), error::toString);
        for (String part : parts) {
            assertTrue(error.message().contains(part), () -> "'" + part + "' missing in: " + error);
        }
    }

    private static void assertNoErrors(RosterReport report) {
        assertTrue(report.ok(), () -> report.errors().toString());
        assertTrue(report.errors().isEmpty());
    }

    /** A class list of {@code n} valid students after a header, one per line. */
    static String generated(int n, String delimiter) {
        StringBuilder csv = new StringBuilder("naam" + delimiter + "e-mail" + delimiter + "studentnummer\r\n");
        for (int i = 1; i <= n; i++) {
            csv.append("Student ").append(i).append(" van Dijk-Özdemir").append(delimiter)
                    .append("Student.").append(i).append("@Student.Hogeschool.nl").append(delimiter)
                    .append(i % 3 == 0 ? "" : "S" + (100000 + i)).append("\r\n");
        }
        return csv.toString();
    }

    @Test
    @DisplayName("R3: a Dutch Excel export (BOM, ';', CRLF, header) yields every row, e-mail in lower case")
    void dutchExcelExportWithHeaderAndBom() {
        String csv = "Naam;E-mail;Studentnummer\r\n"
                + "Jan de Vries;Jan.deVries@Student.HVA.nl;500123\r\n"
                + "Aïcha El Amrani;aicha@hva.nl;\r\n"
                + "Émile Noël;emile.noel@hva.nl;A-77\r\n";

        RosterReport report = RosterCsv.parse(withBom(csv));

        assertNoErrors(report);
        assertEquals(List.of(
                new RosterRow(2, "Jan de Vries", "jan.devries@student.hva.nl", "500123"),
                new RosterRow(3, "Aïcha El Amrani", "aicha@hva.nl", null),
                new RosterRow(4, "Émile Noël", "emile.noel@hva.nl", "A-77")), report.rows());
    }

    @Test
    @DisplayName("R3: without a header the columns are name, e-mail, student number; ',' and LF are detected")
    void noHeaderWithCommas() {
        RosterReport report = parse("Jan de Vries,jan@hva.nl,500123\nPiet Jansen,piet@hva.nl\n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(1, "Jan de Vries", "jan@hva.nl", "500123"),
                new RosterRow(2, "Piet Jansen", "piet@hva.nl", null)), report.rows());
    }

    @Test
    @DisplayName("R3: with a header, columns may come in any order and unknown columns are ignored")
    void headerInOtherOrderWithExtraColumns() {
        String csv = "Klas;  STUDENTNR ;Mail;Opleiding;Volledige naam;Opmerking\n"
                + "1A;S123;jan@hva.nl;Social Work;Jan de Vries;\n"
                + "1B;;piet@hva.nl;Pedagogiek;Piet Jansen;herkanser;nog iets\n";

        RosterReport report = parse(csv);

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(2, "Jan de Vries", "jan@hva.nl", "S123"),
                new RosterRow(3, "Piet Jansen", "piet@hva.nl", null)), report.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"naam;e-mail;studentnummer", "Name;Email;Student number", "NAAM;E-MAILADRES;STUDENTNR",
        " Volledige naam ;Mail;Nummer", "name;e-mail", "Naam;E-mail adres;Student-nummer"})
    @DisplayName("R3: header names are recognised case-insensitively and trimmed, in Dutch and English")
    void headerVariants(String header) {
        RosterReport report = parse(header + "\nJan de Vries;jan@hva.nl\n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(2, "Jan de Vries", "jan@hva.nl", null)), report.rows());
    }

    @Test
    @DisplayName("R3: a quoted name with a delimiter, \"\" and a line break keeps the physical line of later rows")
    void quotedFieldsKeepLineNumbers() {
        String csv = "naam,e-mail,studentnummer\r\n"
                + "\"Vries, Jan \"\"Jantje\"\" de\",jan@hva.nl,1\r\n"
                + "\"Piet\r\nJansen\",piet@hva.nl,2\r\n"
                + "\"Klaas\n\nBakker\",\"klaas@hva.nl\",\"3\"\r\n"
                + "Anna Smit,anna@,4\r\n";

        RosterReport report = parse(csv);

        assertEquals(List.of(new RosterRow(2, "Vries, Jan \"Jantje\" de", "jan@hva.nl", "1"),
                new RosterRow(3, "Piet Jansen", "piet@hva.nl", "2"),
                new RosterRow(5, "Klaas Bakker", "klaas@hva.nl", "3")), report.rows());
        assertError(onlyError(report), 8, "e-mail", "'anna@'");
    }

    @Test
    @DisplayName("R3: blank lines, lines of spaces and rows of empty cells are skipped without shifting line numbers")
    void blankLinesAreSkipped() {
        String csv = "\n  \nnaam;e-mail\n\n;;;\njan;jan@hva.nl\n\t\n\npiet;piet@hva.nl\n\n\n";

        RosterReport report = parse(csv);

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(6, "jan", "jan@hva.nl", null), new RosterRow(9, "piet", "piet@hva.nl", null)),
                report.rows());
    }

    @Test
    @DisplayName("R3: old Mac line ends (CR only) count as lines too")
    void carriageReturnLineEnds() {
        RosterReport report = parse("naam;e-mail\rjan;jan@hva.nl\rpiet;piet@\r");

        assertEquals(List.of(new RosterRow(2, "jan", "jan@hva.nl", null)), report.rows());
        assertError(onlyError(report), 3, "e-mail", "'piet@'");
    }

    @Test
    @DisplayName("R3: tab-separated files (copied from Excel) are read")
    void tabSeparated() {
        RosterReport report = parse("Naam\tE-mail\tStudentnummer\nJan, de Vries\tjan@hva.nl\t123\nPiet;Jansen\tpiet@hva.nl\t\n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(2, "Jan, de Vries", "jan@hva.nl", "123"),
                new RosterRow(3, "Piet;Jansen", "piet@hva.nl", null)), report.rows());
    }

    @Test
    @DisplayName("R3: the delimiter is the most frequent one outside quotes in the first line")
    void delimiterDetectionIgnoresQuotedDelimiters() {
        RosterReport report = parse("\"Vries, de; Jan\";jan@hva.nl;1\n\"Jansen, Piet\";piet@hva.nl;2\n");

        assertNoErrors(report);
        assertEquals("Vries, de; Jan", report.rows().get(0).name());
        assertEquals("Jansen, Piet", report.rows().get(1).name());
    }

    @Test
    @DisplayName("R3: Excel's sep= first line sets the delimiter and is no data")
    void sepLine() {
        RosterReport report = parse("sep=,\r\nnaam,e-mail\r\nVries; Jan,jan@hva.nl\r\n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(3, "Vries; Jan", "jan@hva.nl", null)), report.rows());
    }

    @Test
    @DisplayName("R3: voornaam, tussenvoegsel and achternaam from a student administration form the name")
    void nameInParts() {
        RosterReport report = parse("Studentnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres\n"
                + "500123;Jan;de;Vries;jan@hva.nl\n500124;Piet;;Jansen;piet@hva.nl\n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(2, "Jan de Vries", "jan@hva.nl", "500123"),
                new RosterRow(3, "Piet Jansen", "piet@hva.nl", "500124")), report.rows());
    }

    @Test
    @DisplayName("R3: whitespace in cells is tidied: trimmed, non-breaking spaces and runs become one space")
    void whitespaceIsTidied() {
        RosterReport report = parse("  Jan\u00a0 de   Vries ;  JAN@HVA.NL\u00a0;  S1 \n");

        assertNoErrors(report);
        assertEquals(List.of(new RosterRow(1, "Jan de Vries", "jan@hva.nl", "S1")), report.rows());
    }

    @Test
    @DisplayName("R3: a missing name or e-mail is an error on that row, the other rows are kept")
    void missingNameOrEmail() {
        RosterReport report = parse("naam;e-mail;studentnummer\njan;;1\n;piet@hva.nl;2\nklaas;klaas@hva.nl;3\n");

        assertEquals(List.of(new RosterRow(4, "klaas", "klaas@hva.nl", "3")), report.rows());
        assertEquals(2, report.errors().size(), report.errors()::toString);
        assertError(report.errors().get(0), 2, "e-mail", "het e-mailadres ontbreekt");
        assertError(report.errors().get(1), 3, "naam", "de naam ontbreekt");
    }

    @Test
    @DisplayName("R3: all problems of one row are reported, not only the first")
    void everyProblemOfARow() {
        RosterReport report = parse("naam;e-mail;studentnummer\n;jan@;12 34\n");

        assertTrue(report.rows().isEmpty());
        assertEquals(List.of("naam", "e-mail", "studentnummer"),
                report.errors().stream().map(RosterError::field).toList());
        assertTrue(report.errors().stream().allMatch(error -> error.line() == 2), report.errors()::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "jan@|na de @ ontbreekt het domein",
        "jan.hva.nl|het apenstaartje (@) ontbreekt",
        "@hva.nl|vóór de @ ontbreekt de naam",
        "jan@@hva.nl|meer dan één @",
        "jan@piet@hva.nl|meer dan één @",
        "jan de vries@hva.nl|spatie",
        "jan@hva|het domein 'hva' heeft geen punt",
        "jan@hva..nl|twee punten achter elkaar",
        "jan@.hva.nl|punt aan het begin",
        "jan.@hva.nl|vóór de @ staat een punt",
        "jan@hva.nl.|punt aan het begin, aan het eind",
        "jan@-hva.nl|ongeldig",
        "jan@hva.n|extensie zoals .nl",
        "jan@10.0.0.1|extensie zoals .nl",
        "jan(werk)@hva.nl|het teken '('",
        "jan@hva_amsterdam.nl|het teken '_' hoort niet in het domein",
        "mailto:jan@hva.nl|het teken ':'"})
    @DisplayName("R3: an invalid e-mail address is an error that says what is wrong with it")
    void invalidEmail(String email, String reason) {
        RosterError error = onlyError(parse("naam;e-mail\nJan;" + email + "\n"));

        assertError(error, 2, "e-mail", "'" + email + "' is geen geldig e-mailadres", reason);
        assertTrue(error.toString().startsWith("regel 2, e-mail: '" + email + "' is geen geldig e-mailadres: "),
                error::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan@hva.nl", "j.de.vries+klas1a@student.hva.nl", "o'brien@uni.ie", "jan@xn--bcher-kva.de",
        "jan_99@mail.hva-amsterdam.nl", "ümit@hogeschool.nl", "a@b.co"})
    @DisplayName("R3: ordinary addresses pass the e-mail check")
    void validEmail(String email) {
        RosterReport report = parse("Jan;" + email + "\n");

        assertNoErrors(report);
        assertEquals(email, report.rows().get(0).email());
    }

    @Test
    @DisplayName("R3: an e-mail address over 254 characters and a name over 200 are errors")
    void tooLong() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".nl";
        RosterReport report = parse("naam;e-mail\n" + "J".repeat(201) + ";jan@hva.nl\nJan;" + email + "\n"
                + "P".repeat(200) + ";piet@hva.nl\n");

        assertEquals(2, report.errors().size(), report.errors()::toString);
        assertError(report.errors().get(0), 2, "naam", "201 tekens", "maximum is 200");
        assertError(report.errors().get(1), 3, "e-mail", "255 tekens", "maximum is 254");
        assertEquals(1, report.rows().size());
        assertEquals(200, report.rows().get(0).name().length());
    }

    @Test
    @DisplayName("R3: a duplicate e-mail (in any case) is an error on the later line that names the first line")
    void duplicateEmail() {
        RosterReport report = parse("naam;e-mail\njan;jan@hva.nl\npiet;piet@hva.nl\nJan de Vries; JAN@hva.nl \n");

        assertEquals(List.of("jan@hva.nl", "piet@hva.nl"), report.rows().stream().map(RosterRow::email).toList());
        assertError(onlyError(report), 4, "e-mail", "'jan@hva.nl' staat ook al op regel 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "12 34|'12 34' is geen geldig studentnummer: alleen letters, cijfers en koppeltekens",
        "S_123|'S_123' is geen geldig studentnummer",
        "500123.0|'500123.0' is geen geldig studentnummer",
        "1,23457E+11|Maak de kolom in Excel op als Tekst",
        "12345678901234567890123456789012345678901|41 tekens lang; het maximum is 40"})
    @DisplayName("R3: an invalid student number is an error with the reason")
    void invalidStudentNumber(String number, String message) {
        RosterError error = onlyError(parse("naam;e-mail;studentnummer\nJan;jan@hva.nl;\"" + number + "\"\n"));

        assertError(error, 2, "studentnummer", message);
    }

    @Test
    @DisplayName("R3: a Windows-1252 file is not guessed: one error on line 1 that says how to save as CSV UTF-8")
    void windows1252IsRejected() {
        byte[] content = "naam;e-mail\nJan;jan@hva.nl\nRené Noël;rene@hva.nl\n".getBytes(Charset.forName("windows-1252"));

        RosterReport report = RosterCsv.parse(content);

        assertTrue(report.rows().isEmpty());
        assertError(onlyError(report), 1, "", "niet als UTF-8 opgeslagen", "regel 3",
                "\"CSV UTF-8 (door komma's gescheiden)\"");
    }

    @Test
    @DisplayName("R3: an .xlsx workbook is recognised and the lecturer is told to save it as CSV UTF-8")
    void xlsxIsRejected() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0x9c, (byte) 0xff};

        assertError(onlyError(RosterCsv.parse(zip)), 1, "", "Excel-werkmap", "CSV UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", " ; ; \r\n"})
    @DisplayName("R3: an empty file gives one file error")
    void emptyFile(String text) {
        assertError(onlyError(parse(text)), 1, "", "het bestand");
    }

    @Test
    @DisplayName("R3: a header without any student is a file error")
    void headerOnly() {
        assertError(onlyError(parse("naam;e-mail\r\n\r\n")), 1, "", "alleen een kopregel");
    }

    @Test
    @DisplayName("R3: too few columns is an error that names the missing column; too many is fine")
    void tooFewColumns() {
        RosterReport report = parse("Jan de Vries\nPiet;piet@hva.nl;123;1A;extra\n");

        assertEquals(List.of(new RosterRow(2, "Piet", "piet@hva.nl", "123")), report.rows());
        assertError(onlyError(report), 1, "", "te weinig kolommen", "de kolom e-mail ontbreekt", "1 kolom",
                "minstens 2");
    }

    @Test
    @DisplayName("R3: with a header, too few columns names every missing column and hints at a wrong delimiter")
    void tooFewColumnsWithHeader() {
        RosterReport report = parse("studentnummer;e-mail;naam\n123,jan@hva.nl,Jan\n124;piet@hva.nl\n");

        assertEquals(2, report.errors().size(), report.errors()::toString);
        assertError(report.errors().get(0), 2, "", "de kolommen naam en e-mail ontbreken", "minstens 3",
                "komma (,) waar een puntkomma (;) hoort");
        assertError(report.errors().get(1), 3, "", "de kolom naam ontbreekt", "2 kolommen");
        assertTrue(report.rows().isEmpty());
    }

    @Test
    @DisplayName("R3: a header without a name or e-mail column is one file error for each")
    void headerMissingColumns() {
        RosterReport report = parse("Voornaam;Studentnummer;Adres\nJan;1;Dorpsstraat 1\n");

        assertTrue(report.rows().isEmpty());
        assertEquals(2, report.errors().size(), report.errors()::toString);
        assertError(report.errors().get(0), 1, "", "geen kolom voor de naam", "'voornaam' en 'achternaam'");
        assertError(report.errors().get(1), 1, "", "geen kolom voor het e-mailadres");
    }

    @Test
    @DisplayName("R3: a header with the same column twice is an error naming both columns")
    void duplicateHeaderColumn() {
        RosterError error = onlyError(parse("naam;e-mail;mail\nJan;jan@hva.nl;j@x.nl\n"));

        assertError(error, 1, "", "twee kolommen voor e-mail (kolom 2 en 3)");
    }

    @Test
    @DisplayName("R3: an unrecognised header is read as data, and the e-mail error asks whether it is a header")
    void unrecognisedHeaderHint() {
        RosterReport report = parse("Student;Adres\nJan;jan@hva.nl\n");

        assertEquals(1, report.rows().size());
        assertError(onlyError(report), 1, "e-mail", "'adres' is geen geldig e-mailadres", "Is dit een kopregel?");
    }

    @Test
    @DisplayName("R3: a quote that is never closed is reported on the line where it opens")
    void unclosedQuote() {
        RosterReport report = parse("naam;e-mail\nJan;jan@hva.nl\n\"Piet;piet@hva.nl\nKlaas;klaas@hva.nl\n");

        assertEquals(List.of(new RosterRow(2, "Jan", "jan@hva.nl", null)), report.rows());
        assertError(onlyError(report), 3, "", "aanhalingsteken", "nergens gesloten");
    }

    @Test
    @DisplayName("R3: stray quotes inside an unquoted field are kept, as Excel does")
    void strayQuotes() {
        RosterReport report = parse("Jan \"Jantje\" de Vries;jan@hva.nl\n\"Piet\" Jansen;piet@hva.nl\n");

        assertNoErrors(report);
        assertEquals(List.of("Jan \"Jantje\" de Vries", "Piet Jansen"),
                report.rows().stream().map(RosterRow::name).toList());
    }

    @Test
    @DisplayName("R3: a name with a control character is an error")
    void controlCharacterInName() {
        assertError(onlyError(parse("Jan\u0007;jan@hva.nl\n")), 1, "naam", "stuurteken");
    }

    @Test
    @DisplayName("R3: decomposed accents (as a Mac may write them) are composed")
    void accentsAreComposed() {
        RosterReport report = parse("Rene\u0301 Noe\u0308l;rene@hva.nl\n");

        assertEquals("René Noël", report.rows().get(0).name());
    }

    @Test
    @DisplayName("R3: 2,000 students are accepted")
    void maxRows() {
        RosterReport report = RosterCsv.parse(generated(RosterCsv.MAX_ROWS, ";").getBytes(StandardCharsets.UTF_8));

        assertNoErrors(report);
        assertEquals(RosterCsv.MAX_ROWS, report.rows().size());
    }

    @Test
    @DisplayName("R3: 2,001 students give one file error and no rows")
    void tooManyRows() {
        RosterReport report = RosterCsv.parse(generated(RosterCsv.MAX_ROWS + 1, ";").getBytes(StandardCharsets.UTF_8));

        assertTrue(report.rows().isEmpty());
        assertError(onlyError(report), 1, "", "2001 studenten", "maximum is 2000");
    }

    @Test
    @DisplayName("R3: a generated file of 300 students gives 300 rows and no errors")
    void threeHundredRows() {
        RosterReport report = RosterCsv.parse(withBom(generated(300, ";")));

        assertNoErrors(report);
        assertEquals(300, report.rows().size());
        RosterRow last = report.rows().get(299);
        assertAll(
                () -> assertEquals(301, last.line()),
                () -> assertEquals("Student 300 van Dijk-Özdemir", last.name()),
                () -> assertEquals("student.300@student.hogeschool.nl", last.email()),
                () -> assertNull(last.studentNumber()),
                () -> assertEquals("S100299", report.rows().get(298).studentNumber()));
    }

    @Test
    @DisplayName("R3: errors read as 'regel N, veld: melding', and without a field as 'regel N: melding'")
    void errorToString() {
        assertEquals("regel 7, e-mail: 'jan@' is geen geldig e-mailadres",
                new RosterError(7, "e-mail", "'jan@' is geen geldig e-mailadres").toString());
        assertEquals("regel 1: het bestand is leeg.", new RosterError(1, "", "het bestand is leeg.").toString());
    }
}
