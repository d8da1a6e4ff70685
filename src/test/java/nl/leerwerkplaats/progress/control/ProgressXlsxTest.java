package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A class's progress as a real .xlsx, read back as the ZIP of XML parts it is. */
class ProgressXlsxTest {

    static Map<String, String> parts;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressXlsx.write(ProgressCsvTest.table(), ProgressCsvTest.AMSTERDAM, ProgressCsvTest.DUTCH, out);
        parts = unzip(out.toByteArray());
    }

    /**
     * The parts by name, read through the central directory as Excel does. Not with ZipInputStream: fastexcel's
     * ZIP writer leaves the sizes out of the local headers, the way Excel wants them, and ZipInputStream relies on
     * those.
     */
    static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("progress", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    static String sheet() {
        return parts.get("xl/worksheets/sheet1.xml");
    }

    /** The shared strings in index order, as a cell of type "s" refers to them. */
    static List<String> sharedStrings() {
        List<String> strings = new ArrayList<>();
        Matcher item = Pattern.compile("<si>\\s*<t[^>]*>(.*?)</t>\\s*</si>", Pattern.DOTALL)
                .matcher(parts.get("xl/sharedStrings.xml"));
        while (item.find()) {
            strings.add(item.group(1));
        }
        return strings;
    }

    /** The opening tag and the value of the cell at {@code reference}, e.g. "A2". */
    static String[] cell(String reference) {
        Matcher cell = Pattern.compile("<c r=\"" + reference + "\"([^>]*)>(?:<is>)?<(?:v|t)>(.*?)</(?:v|t)>")
                .matcher(sheet());
        assertTrue(cell.find(), () -> "no cell " + reference + " in " + sheet());
        return new String[] {cell.group(1), cell.group(2)};
    }

    /** The text in a string cell, shared or inline. */
    static String text(String reference) {
        String[] cell = cell(reference);
        assertTrue(cell[0].contains("t=\"s\"") || cell[0].contains("t=\"inlineStr\""), reference + " is text");
        return xmlText(cell[0].contains("t=\"s\"") ? sharedStrings().get(Integer.parseInt(cell[1])) : cell[1]);
    }

    /** XML character data with its references read back. */
    static String xmlText(String xml) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|quot|apos|lt|gt|amp);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String replacement = switch (name) {
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(text).toString();
    }

    /** The number in a numeric cell: type "n", or no type, which means the same. */
    static double number(String reference) {
        String[] cell = cell(reference);
        assertTrue(!cell[0].contains(" t=\"") || cell[0].contains(" t=\"n\""),
                () -> reference + " is a number, not " + cell[0]);
        return Double.parseDouble(cell[1]);
    }

    @Test
    @DisplayName("The workbook has one sheet, named after the class")
    void sheetName() {
        assertTrue(parts.get("xl/workbook.xml").contains("<sheet name=\"Klas 2A\""), parts.get("xl/workbook.xml"));
        assertTrue(parts.containsKey("xl/worksheets/sheet1.xml"));
        assertFalse(parts.containsKey("xl/worksheets/sheet2.xml"));
    }

    @Test
    @DisplayName("Headers are the CSV's, in bold")
    void headers() {
        assertEquals("Studentnummer", text("A1"));
        assertEquals("Veilig werken – Status", text("E1"));
        assertEquals("Zorg, thuis – Eindcijfer", text("L1"));
        assertTrue(parts.get("xl/styles.xml").contains("<b"), "a bold font");
    }

    @Test
    @DisplayName("Learner names are text; the student number keeps its leading zeros")
    void text() {
        assertEquals("Jansen, \"Jan\"", text("B2"));
        assertEquals("00123", text("A2"));
        assertEquals("=1+1", text("B3"), "a text cell is never run as a formula");
        assertFalse(sheet().contains("<f>"), "no formulas at all");
    }

    @Test
    @DisplayName("Percent and final score are numbers")
    void numbers() {
        assertEquals(100, number("F2"));
        assertEquals(8, number("H2"));
        assertEquals(40, number("J2"));
        assertEquals(0, number("J3"));
    }

    @Test
    @DisplayName("Dates are Excel serial numbers of the local date-time, with a date format")
    void dates() {
        LocalDateTime excelEpoch = LocalDateTime.of(1899, 12, 30, 0, 0);
        double expected = ChronoUnit.SECONDS.between(excelEpoch, LocalDateTime.of(2026, 11, 30, 14, 5, 42)) / 86_400.0;
        assertEquals(expected, number("D2"), 1e-6, "13:05:42 UTC is 14:05:42 in Amsterdam");
        assertEquals(46_356, Math.floor(number("G2")), "23:30 UTC on the 29th is the 30th in Amsterdam");
        assertTrue(parts.get("xl/styles.xml").contains("formatCode=\"yyyy-mm-dd hh:mm\""), parts.get("xl/styles.xml"));
    }

    @Test
    @DisplayName("Null values and a not-applicable cell leave the cells empty")
    void empties() {
        assertFalse(sheet().contains("r=\"E3\""), "no cell for a null cell's status");
        assertFalse(sheet().contains("r=\"C3\""), "no cell for a missing e-mail");
        assertFalse(sheet().contains("r=\"K2\""), "no cell for a missing completion date");
    }

    @Test
    @DisplayName("The header row and the student number and name stay in view")
    void frozen() {
        Matcher pane = Pattern.compile("<pane [^>]*").matcher(sheet());
        assertTrue(pane.find(), sheet());
        assertTrue(pane.group().contains("xSplit=\"2\"") && pane.group().contains("ySplit=\"1\""), pane.group());
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @DisplayName("Sheet names follow Excel's rules")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Klas 2A|Klas 2A",
        "Groep [A]: 1/2 * ?\\|Groep -A-- 1-2 - --",
        "'Quoted'|Quoted",
        "History|History-",
        "''|Voortgang",
        "\"\"|Voortgang",
        "Een heel erg lange klasnaam van meer dan 31 tekens|Een heel erg lange klasnaam van"})
    void sheetNames(String className, String expected) {
        assertEquals(expected, ProgressXlsx.sheetName(className));
        assertTrue(ProgressXlsx.sheetName(className).length() <= 31);
    }

    @Test
    @DisplayName("The caller's stream stays open, so a servlet can still write to it")
    void streamStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        ProgressXlsx.write(new ProgressTable("K", List.of(), List.of()), ProgressCsvTest.AMSTERDAM, key -> key, out);
        assertTrue(unzip(out.toByteArray()).containsKey("xl/workbook.xml"));
    }
}
