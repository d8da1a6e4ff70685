package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

class GiftWriterTest {

    /** Parses GIFT that must be valid. */
    private static List<GiftQuestion> parse(String gift) {
        GiftParseResult result = GiftParser.parse(gift, "test.gift");
        assertEquals(List.of(), result.errors(), () -> "errors for\n" + gift);
        return result.questions();
    }

    /** The questions without their line, which depends on the layout of the file. */
    private static List<GiftQuestion> withoutLines(List<GiftQuestion> questions) {
        return questions.stream().map(q -> new GiftQuestion(0, q.name(), q.type(), q.text(), q.generalFeedback(),
                q.single(), q.answers(), q.correct(), q.feedbackTrue(), q.feedbackFalse(), q.subquestions(),
                q.category(), q.format())).toList();
    }

    private static void assertRoundTrip(List<GiftQuestion> questions) {
        String written = GiftWriter.write(questions);
        assertEquals(withoutLines(questions), withoutLines(parse(written)), () -> "written as\n" + written);
        assertEquals(written, GiftWriter.write(parse(written)), "writing what was read back gives the same text");
    }

    static Stream<String> everyType() {
        return Stream.of(
                "::MC:: Who's buried in Grant's tomb?{~Grant#No ~Jefferson =no one#Yes####Think.}",
                "Grant is {~buried =entombed ~living} in Grant's tomb.",
                "Q? {=a =b ~c}",
                "Q? {=a ~%100%b}",
                "Q? {~%50%yellow#right ~%-100%red#wrong ~%50%off-beige ~%-33.33333%blue}",
                "Q? {~%100%a ~%-50%b ~%-50%c}",
                "Q? {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}",
                "Grant is buried in Grant's tomb.{F}",
                "Q? {T#Wrong#Right####General}",
                "Q? {FALSE#For TRUE}",
                "Q? {F##For FALSE}",
                "Who's buried in Grant's tomb?{=no one =nobody}",
                "::SA::Which is the best animal?{=Frog#Good! =%50%Cat#Cats? =%0%*#Completely wrong####Animals.}",
                "When was Ulysses S. Grant born?{#1822:5}",
                "Q? {#1..5}",
                "Q? {#1.5..2.5#Close enough}",
                "Q? {#=3:0#Exact =%50%3:1#Close =%-25%-3.5:0.25 ~#Any other number####Count again.}",
                "Q? {#3:2~}",
                "Q? {#=%0%*#Anything =3}",
                "Q? {#1e-3:1E2}",
                "Match the countries.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo####Capitals.}",
                "[html]<b>Match</b>{=[html]<i>Forum</i> -> Forum =[plain]x -> y = -> Chat}",
                "Write about your day.{}",
                "Write about your day.{####[plain]Mention the client.}",
                "::Intro:: The next questions are about normaliseren.",
                "[markdown]**Bold** question {T}",
                "[plain]Plain question {=a ~b}",
                "Line one\\nLine two\\n// not a comment{T}",
                "Eerste\n// tussendoor\nTweede{T}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    @DisplayName("every type reads back equal after writing")
    void roundTripOfEveryType(String gift) {
        assertRoundTrip(parse(gift));
    }

    @Test
    @DisplayName("escaped characters in every text read back equal")
    void roundTripOfEscapes() {
        String nasty = "a ~ b = c # d { e } f : g \\ h \\n i :: j -> k // l %50% m \uE000\uE007 n";
        List<GiftQuestion> questions = List.of(
                new GiftQuestion(0, nasty, "multichoice", nasty, nasty, true,
                        List.of(new GiftAnswer(nasty, 1, nasty, null, null), new GiftAnswer(nasty, 0, nasty, null, null)),
                        null, null, null, null, "top/" + nasty, "html"),
                new GiftQuestion(0, null, "truefalse", "//" + nasty, nasty, null, null, true, nasty, nasty, null,
                        "top/" + nasty, "moodle"),
                new GiftQuestion(0, "", "match", nasty.replace("->", ""), nasty, null, null, null, null, null,
                        List.of(new GiftSubquestion("%1%" + nasty.replace("->", ""), nasty), new GiftSubquestion("", nasty)),
                        "second", "markdown"),
                new GiftQuestion(0, "sa", "shortanswer", "[html]" + nasty, "", null,
                        List.of(new GiftAnswer("%50%" + nasty.replace("->", ""), 1, "[plain]x", null, null)), null, null,
                        null, null, "second", "moodle"),
                new GiftQuestion(0, "num", "numerical", "[plain]" + nasty, "[html]" + nasty, null,
                        List.of(new GiftAnswer(null, 1, nasty, -0.001, 1e-9), new GiftAnswer(null, 0.1, "", 1e21, 0.0)),
                        null, null, null, null, "second", "plain"),
                new GiftQuestion(0, "essay", "essay", nasty, "%" + nasty, null, null, null, null, null, null, "second",
                        "moodle"),
                new GiftQuestion(0, null, "description", "[moodle]" + nasty, "", null, null, null, null, null, null,
                        "second", "moodle"),
                new GiftQuestion(0, null, "description", "$CATEGORY: not a category", "", null, null, null, null, null,
                        null, "second", "moodle"),
                new GiftQuestion(0, null, "essay", ":: not a title ::", "", null, null, null, null, null, null,
                        "second", "moodle"));
        assertRoundTrip(questions);
    }

    @Test
    @DisplayName("the layout follows Moodle's export: title, text, one answer a line, general feedback last")
    void writesMoodleLayout() {
        String written = GiftWriter.write(parse("""
                $CATEGORY: top/Kleuren

                ::Q8::What's between orange and green?{=yellow#right; good! ~red#[html]wrong ~[plain]blue####Rainbow}

                Grant is buried in Grant's tomb.{F#Wrong#Right}

                ::Any::Say something{}
                """));
        assertEquals("""
                $CATEGORY: top/Kleuren

                ::Q8::What's between orange and green?{
                \t=yellow#right; good!
                \t~red#wrong
                \t~blue
                \t####Rainbow
                }

                Grant is buried in Grant's tomb.{FALSE#Wrong#Right}

                ::Any::Say something{}
                """, written);
    }

    @Test
    @DisplayName("a $CATEGORY: line is written where the category changes")
    void categoryWhereItChanges() {
        String written = GiftWriter.write(parse("""
                A? {T}

                $CATEGORY: one

                B? {T}

                C? {T}

                $CATEGORY: two

                D? {T}
                """));
        assertEquals(2, written.lines().filter(line -> line.startsWith("$CATEGORY:")).count(), written);
        assertTrue(written.startsWith("A?{TRUE}\n\n$CATEGORY: one\n\nB?{TRUE}\n"), written);
        assertFalse(written.contains("\n\n\n"), written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"category", "arrow", "single", "description"})
    @DisplayName("what GIFT cannot express is refused, not written differently")
    void refusesWhatGiftCannotExpress(String what) {
        GiftQuestion base = parse("Q? {T}").get(0);
        List<GiftQuestion> questions = switch (what) {
            case "category" -> List.of(parse("$CATEGORY: a\n\nQ? {T}").get(0), base);
            case "arrow" -> List.of(new GiftQuestion(1, null, "match", "Q?", "", null, null, null, null, null,
                    List.of(new GiftSubquestion("a -> b", "c"), new GiftSubquestion("d", "e")), null, "moodle"));
            case "single" -> List.of(new GiftQuestion(1, null, "multichoice", "Q?", "", true,
                    List.of(new GiftAnswer("a", 0.5, "", null, null), new GiftAnswer("b", 0.5, "", null, null)),
                    null, null, null, null, null, "moodle"));
            default -> List.of(new GiftQuestion(1, null, "description", "Q?", "feedback", null, null, null, null, null,
                    null, null, "moodle"));
        };
        assertThrows(IllegalArgumentException.class, () -> GiftWriter.write(questions));
    }

    @Test
    @DisplayName("whatever the parser accepts, even from random input, reads back equal after writing")
    void roundTripOfRandomInput() {
        Random random = new Random(42);
        String[] pieces = {"{", "}", "=", "~", "#", "####", "::", "%50%", "%-100%", "%100%", "->", "\\\\", "\\~", "\\{",
                "\\n", "\n", "\n\n", "//", "T", "F", "[html]", "[plain]", "$CATEGORY: c", "1..3", "2:1", "*", " ", "a",
                "b", "é", "\uE001", "_____", "?"};
        int parsed = 0;
        for (int run = 0; run < 5000; run++) {
            StringBuilder gift = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                gift.append(pieces[random.nextInt(pieces.length)]);
            }
            List<GiftQuestion> questions = GiftParser.parse(gift.toString(), "random.gift").questions();
            parsed += questions.size();
            String written = GiftWriter.write(questions);
            assertEquals(withoutLines(questions), withoutLines(parse(written)),
                    () -> "from\n" + gift + "\nwritten as\n" + written);
        }
        assertTrue(parsed > 500, "random input gave only " + parsed + " questions");
    }
}
