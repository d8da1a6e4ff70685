package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftSnippets.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.leerwerkplaats.platform.CsvText;
import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.ItemAnalysis.Answered;

/** The item analysis as RFC 4180 CSV, safe to open in a spreadsheet. */
class ItemAnalysisCsvTest {

    static final Function<String, String> ENGLISH = Map.of(OptionCount.TRUE, "True", OptionCount.FALSE, "False",
            OptionCount.UNANSWERED, "No answer", OptionCount.OTHER, "Other")::get;

    static QuestionStatistics stats(String text, String name, List<OptionCount> options) {
        return new QuestionStatistics(0, name, "multichoice", text, 3, 2, 2, 0, 2.0 / 3, 0.5, options);
    }

    static List<String> lines(String csv) {
        assertTrue(csv.endsWith("\r\n"), "the last row ends with CRLF too");
        return List.of(csv.substring(0, csv.length() - 2).split("\r\n", -1));
    }

    @Test
    @DisplayName("Header, then one row per option with the question's columns repeated; percentages with a point")
    void rowsPerOption() {
        List<QuestionStatistics> stats = ItemAnalysis.of(questions("::TF:: Sky is blue. {T}"), List.of(
                new Answered(0, "{\"value\":true}", 1.0, Status.CORRECT),
                new Answered(0, "{\"value\":true}", 1.0, Status.CORRECT),
                new Answered(0, "{\"value\":false}", 0.0, Status.WRONG)));
        assertEquals(List.of(ItemAnalysisCsv.HEADER,
                "Sky is blue.,TF,truefalse,3,3,2,66.7,66.7,True,true,2",
                "Sky is blue.,TF,truefalse,3,3,2,66.7,66.7,False,false,1",
                "Sky is blue.,TF,truefalse,3,3,2,66.7,66.7,No answer,false,0"),
                lines(ItemAnalysisCsv.write(stats, ENGLISH)));
    }

    @Test
    @DisplayName("Lines end in CRLF only: no bare LF outside quoted fields")
    void crlf() {
        String csv = ItemAnalysisCsv.write(List.of(stats("Q", "n", List.of(OptionCount.labelled("a", true, 1)))),
                ENGLISH);
        assertEquals(ItemAnalysisCsv.HEADER + "\r\nQ,n,multichoice,3,2,2,66.7,50.0,a,true,1\r\n", csv);
        assertFalse(csv.replace("\r\n", "").contains("\n"));
    }

    @Test
    @DisplayName("A question without options gets one row with empty option columns; a missing name is empty")
    void noOptions() {
        String csv = ItemAnalysisCsv.write(List.of(stats("Q", null, List.of())), ENGLISH);
        assertEquals("Q,,multichoice,3,2,2,66.7,50.0,,,", lines(csv).get(1));
    }

    @Test
    @DisplayName("Only the header for a quiz without questions")
    void empty() {
        assertEquals(ItemAnalysisCsv.HEADER + "\r\n", ItemAnalysisCsv.write(List.of(), ENGLISH));
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("", ""),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("cr\rhere", "\"cr\rhere\""),
                Arguments.of("=SUM(A1:A9)", "'=SUM(A1:A9)"),
                Arguments.of("+31 6", "'+31 6"),
                Arguments.of("-3", "'-3"),
                Arguments.of("@cmd", "'@cmd"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("\rx", "\"'\rx\""),
                Arguments.of("=1,\"2\"", "\"'=1,\"\"2\"\"\""),
                Arguments.of("a=b", "a=b"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fields")
    @DisplayName("RFC 4180 quoting (comma, quote, CR, LF; inner quotes doubled) and a leading quote before what a "
            + "spreadsheet would run as a formula")
    void field(String value, String expected) {
        assertEquals(expected, CsvText.field(value));
    }

    @Test
    @DisplayName("Learner-typed labels are quoted and neutralised inside a whole row too")
    void typedLabelInRow() {
        String csv = ItemAnalysisCsv.write(List.of(stats("Q", "n",
                List.of(OptionCount.labelled("=HYPERLINK(\"x\",\"y\")", false, 4)))), ENGLISH);
        assertEquals("Q,n,multichoice,3,2,2,66.7,50.0,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",false,4", lines(csv).get(1));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 0.0", "1, 100.0", "0.5, 50.0", "0.33333333, 33.3", "0.6666667, 66.7", "0.0005, 0.1"})
    @DisplayName("Shares as percentages with one decimal and a point")
    void percent(double share, String expected) {
        assertEquals(expected, ItemAnalysisCsv.percent(share));
    }

    @Test
    @DisplayName("Question text without HTML tags, entities read back, on one line")
    void plainQuestionText() {
        String csv = ItemAnalysisCsv.write(List.of(stats("<p>Is <b>2 &lt; 3</b> &amp; true?</p>\n<p>Yes, a < b</p>",
                "n", List.of())), ENGLISH);
        assertEquals("\"Is 2 < 3 & true? Yes, a < b\",n,multichoice,3,2,2,66.7,50.0,,,", lines(csv).get(1));
    }

    @Test
    @DisplayName("Message keys are translated; a key without translation is written as the key")
    void translation() {
        String csv = ItemAnalysisCsv.write(List.of(stats("Q", "n", List.of(OptionCount.keyed(OptionCount.OTHER,
                false, 5), OptionCount.keyed("quiz.analysis.new", false, 1)))), ENGLISH);
        assertEquals("Q,n,multichoice,3,2,2,66.7,50.0,Other,false,5", lines(csv).get(1));
        assertEquals("Q,n,multichoice,3,2,2,66.7,50.0,quiz.analysis.new,false,1", lines(csv).get(2));
    }
}
