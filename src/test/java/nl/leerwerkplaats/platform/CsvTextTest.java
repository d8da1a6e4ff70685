package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV pieces every export shares: RFC 4180 quoting, CRLF records and the formula-injection guard. */
class CsvTextTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "plain|plain",
        "Eliëns|Eliëns",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "\"|\"\"\"\"",
        "=1+1|'=1+1",
        "+31 6 1234|'+31 6 1234",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "=1,\"2\"|\"'=1,\"\"2\"\"\"",
        "a=b|a=b",
        "'quoted|'quoted",
        "~ =1~|~ =1~"})
    @DisplayName("Quoted when RFC 4180 requires it, inner quotes doubled; a formula start defused with an apostrophe")
    void field(String value, String expected) {
        assertEquals(expected, CsvText.field(value));
    }

    @Test
    @DisplayName("Line breaks are quoted; a tab or CR at the start is defused too")
    void controlCharacters() {
        assertEquals("\"a\nb\"", CsvText.field("a\nb"));
        assertEquals("\"a\r\nb\"", CsvText.field("a\r\nb"));
        assertEquals("'\t=cmd", CsvText.field("\t=cmd"));
        assertEquals("\"'\r=1\"", CsvText.field("\r=1"));
        assertEquals("a\tb", CsvText.field("a\tb"));
    }

    @Test
    @DisplayName("Null and empty are an empty field")
    void empty() {
        assertEquals("", CsvText.field(null));
        assertEquals("", CsvText.field(""));
    }

    @Test
    @DisplayName("A record: fields joined by commas, each made safe, ended by CRLF; appended to what is there")
    void record() {
        StringBuilder csv = new StringBuilder(CsvText.BOM);
        CsvText.record(csv, List.of("a", "b,c", "=d"));
        CsvText.record(csv, Arrays.asList(null, "", "x"));
        CsvText.record(csv, List.of());
        assertEquals("\uFEFFa,\"b,c\",'=d\r\n,,x\r\n\r\n", csv.toString());
    }

    @Test
    @DisplayName("The byte order mark is U+FEFF and lines end in CR LF")
    void constants() {
        assertEquals(List.of(0xFEFF), CsvText.BOM.codePoints().boxed().toList());
        assertEquals("\r\n", CsvText.CRLF);
    }
}
