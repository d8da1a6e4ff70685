package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftSnippets.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;

/** Moodle's short answer and numerical grading, through {@link QuestionGrader} (question/type/*). */
class TypedAnswerGraderTest {

    static final String ANIMAL = "Best animal?{=Frog#Good! =%50%Cat#Cats, again. =%0%*#Completely wrong}";
    static final String BORN = "Born?{#=1822:0#Correct! =%50%1822:2#Close. ~#Completely wrong}";

    static Grade typed(String gift, String text) {
        return QuestionGrader.grade(question(gift), new Text(text));
    }

    static void assertTyped(String gift, String text, double fraction, Status status, String feedback) {
        assertEquals(new Grade(fraction, status, feedback), typed(gift, text), () -> gift + " answered '" + text + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            frog            | 1   | CORRECT | Good!
            FROG            | 1   | CORRECT | Good!
            '  Frog \t '    | 1   | CORRECT | Good!
            cAt             | 0.5 | PARTIAL | Cats, again.
            dog             | 0   | WRONG   | Completely wrong
            'frog frog'     | 0   | WRONG   | Completely wrong
            """)
    @DisplayName("Moodle short answer as GIFT imports it (usecase=0): case-insensitive, surrounding whitespace "
            + "ignored, a lone * matches anything")
    void shortAnswer(String text, double fraction, Status status, String feedback) {
        assertTyped(ANIMAL, text, fraction, status, feedback);
    }

    @ParameterizedTest(name = "{0} answered ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Q? {=Amster*dam}  | Amsterdam            | true
            Q? {=Amster*dam}  | amster-en-rotterdam  | true
            Q? {=Amster*dam}  | Amsterda             | false
            Q? {=Amster*dam}  | Amsterdamse          | false
            Q? {=a*b*c}       | abc                  | true
            Q? {=a*b*c}       | a-c-b-c              | true
            Q? {=a*b*c}       | acb                  | false
            Q? {=a**b}        | a*b                  | true
            Q? {=5 \\* 3}     | 5 * 3                | true
            Q? {=5 \\* 3}     | 5 x 3                | false
            Q? {=f(x).y}      | F(X).Y               | true
            Q? {=f(x).y}      | f(x)zy               | false
            Q? {=a+b? [c]}    | a+b? [c]             | true
            Q? {=a+b? [c]}    | aab [c]              | false
            Q? {=$5^2}        | $5^2                 | true
            Q? {=$5^2}        | 5^2                  | false
            Q? {=Café}        | cafe\u0301           | true
            """)
    @DisplayName("Moodle short answer: * in the middle matches any run of characters, \\* is a star, regex "
            + "characters such as . ( + ? [ $ ^ are literal; both sides compared in Unicode NFC")
    void wildcardAndLiterals(String gift, String text, boolean right) {
        assertEquals(right ? Status.CORRECT : Status.WRONG, typed(gift, text.replace("\\u0301", "\u0301")).status());
    }

    @Test
    @DisplayName("Moodle short answer: the first matching answer in file order wins, with its weight and feedback")
    void firstMatchWins() {
        String gift = "City?{=%50%*dam#Some dam. =Amsterdam#Exactly.}";
        assertTyped(gift, "Amsterdam", 0.5, Status.PARTIAL, "Some dam.");
        assertTyped(gift, "Rotterdam", 0.5, Status.PARTIAL, "Some dam.");
        assertTyped(gift, "Utrecht", 0, Status.WRONG, "");
    }

    @Test
    @DisplayName("Moodle short answer and numerical: empty or only spaces is not answered (Moodle trims the input)")
    void blankIsNotAnswered() {
        assertTyped(ANIMAL, "", 0, Status.UNANSWERED, "");
        assertTyped(ANIMAL, " \t ", 0, Status.UNANSWERED, "");
        assertTyped(BORN, "  ", 0, Status.UNANSWERED, "");
    }

    @Test
    @DisplayName("a long answer against many wildcards is graded at once (no regex backtracking)")
    void manyWildcardsStayFast() {
        String text = "a".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTyped("Q? {=*a*a*a*a*a*a*a*a*b*}", text, 0,
                Status.WRONG, ""));
    }

    @ParameterizedTest(name = "{0} answered ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Q? {#3:0.5}     | 3       | true
            Q? {#3:0.5}     | 3.5     | true
            Q? {#3:0.5}     | 2.5     | true
            Q? {#3:0.5}     | 3.51    | false
            Q? {#3:0.5}     | 2.49    | false
            Q? {#0.1:0.3}   | 0.4     | true
            Q? {#0.1:0.3}   | -0.2    | true
            Q? {#0.1:0.3}   | 0.4001  | false
            Q? {#2.3:0.01}  | 2.31    | true
            Q? {#3.14:0.01} | 3,13    | true
            Q? {#3.14:0.01} | 3.1299  | false
            Q? {#2}         | 2.0     | true
            Q? {#2}         | 2.0001  | false
            Q? {#1..5}      | 1       | true
            Q? {#1..5}      | 5       | true
            Q? {#1..5}      | 0.999   | false
            Q? {#1..5}      | 5,01    | false
            Q? {#-5..-1}    | -3      | true
            """)
    @DisplayName("Moodle numerical: right when |given - value| <= tolerance, exactly at value ± tolerance too "
            + "(0.1 ± 0.3 reaches -0.2 and 0.4, 2.3 ± 0.01 reaches 2.31, despite floating point); "
            + "a range {#1..5} was read as 3 ± 2")
    void numericalTolerance(String gift, String text, boolean right) {
        assertEquals(right ? Status.CORRECT : Status.WRONG, typed(gift, text).status());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            3,5       | true
            ' 3,5 '   | true
            3.5       | true
            +3.50     | true
            ',35e1'   | true
            3,6       | false
            0,35e1    | true
            35E-1     | true
            """)
    @DisplayName("numerical: a Dutch decimal comma or a point, surrounding spaces, and Moodle's exponent notation")
    void numericalNotation(String text, boolean right) {
        assertEquals(right ? Status.CORRECT : Status.WRONG, typed("Q? {#3.5}", text).status());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            1822      | 1   | CORRECT | Correct!
            1823,5    | 0.5 | PARTIAL | Close.
            1820      | 0.5 | PARTIAL | Close.
            1900      | 0   | WRONG   | Completely wrong
            -7        | 0   | WRONG   | Completely wrong
            """)
    @DisplayName("Moodle numerical: the first answer in range wins; ~#feedback is the 0% answer for any other number")
    void numericalFirstMatchAndAnyNumber(String text, double fraction, Status status, String feedback) {
        assertTyped(BORN, text, fraction, status, feedback);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"achttienhonderd", "1.822,5", "1 822", "3,5,1", "0x1A", "NaN", "Infinity", "1e999", "--3",
        "3 km"})
    @DisplayName("Moodle numerical: text that is not a number is wrong with 0 ('not a valid number'), even when an "
            + "answer accepts any number; thousands separators are not read")
    void notANumber(String text) {
        assertTyped(BORN, text, 0, Status.WRONG, "");
        assertTyped("Q? {#3:1}", text, 0, Status.WRONG, "");
    }
}
