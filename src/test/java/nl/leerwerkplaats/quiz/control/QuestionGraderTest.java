package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftSnippets.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;

import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Moodle's grading rules for choice, true/false, matching, essay and description (question/type/*). */
class QuestionGraderTest {

    static final String SINGLE = "Capital? {=Paris#Yes ~%50%Parijs#Dutch ~Lyon#No ~%-50%Berlin#Not even France}";
    static final String MULTI = "Colours? {~%50%yellow#y ~%50%green#g ~%-100%red#r ~blue}";
    static final String MATCH = "Match.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =Spain -> Madrid = -> Paris}";

    static void assertGrade(double fraction, Status status, String feedback, Grade grade) {
        assertEquals(new Grade(fraction, status, feedback), grade);
    }

    /** Chooses the answers given as space-separated indexes. */
    static Grade choose(String gift, String indexes) {
        Set<Integer> chosen = Stream.of(indexes.split(" ")).filter(index -> !index.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toSet());
        return QuestionGrader.grade(question(gift), new Choice(chosen));
    }

    @ParameterizedTest(name = "answer {0}: {1}")
    @CsvSource({"0, 1, CORRECT, Yes", "1, 0.5, PARTIAL, Dutch", "2, 0, WRONG, No", "3, 0, WRONG, Not even France"})
    @DisplayName("Moodle single choice: the chosen answer's weight and feedback; a negative weight is floored at zero "
            + "per question (where Moodle would let this question's mark go negative)")
    void singleChoice(int index, double fraction, Status status, String feedback) {
        assertGrade(fraction, status, feedback, QuestionGrader.grade(question(SINGLE), Choice.of(index)));
    }

    @ParameterizedTest(name = "chosen [{0}]: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 1   | 1   | CORRECT | y\\ng
            0     | 0.5 | PARTIAL | y
            1 3   | 0.5 | PARTIAL | g
            0 2   | 0   | WRONG   | y\\nr
            0 1 2 | 0   | WRONG   | y\\ng\\nr
            3     | 0   | WRONG   | ''
            """)
    @DisplayName("Moodle multiple response: the sum of the chosen weights, floored at 0 (a negative weight takes back "
            + "credit); the chosen answers' feedback on separate lines")
    void multipleResponse(String indexes, double fraction, Status status, String feedback) {
        assertGrade(fraction, status, feedback.replace("\\n", "\n"), choose(MULTI, indexes));
    }

    @Test
    @DisplayName("Moodle multiple response: weights over 100% in all are capped at 1; 3 x 33.33333% is right")
    void multipleResponseCapped() {
        assertGrade(1, Status.CORRECT, "", choose("Q? {~%50.2%a ~%50.2%b ~%-100%c}", "0 1"));
        Grade thirds = choose("Q? {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}", "0 1 2");
        assertEquals(Status.CORRECT, thirds.status(), "Moodle counts a fraction above 0.999999 as right");
        assertEquals(0.9999999, thirds.fraction(), 1e-12);
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q? {T#Wrong, it is true#Right, well done}  | true  | 1 | CORRECT | Right, well done
            Q? {T#Wrong, it is true#Right, well done}  | false | 0 | WRONG   | Wrong, it is true
            Q? {FALSE#No, it is false#Yes, false}      | false | 1 | CORRECT | Yes, false
            Q? {FALSE#No, it is false#Yes, false}      | true  | 0 | WRONG   | No, it is false
            Q? {T}                                     | false | 0 | WRONG   | ''
            """)
    @DisplayName("Moodle true/false: right when the answer equals the statement; feedback for the answer given")
    void trueFalse(String gift, boolean answer, double fraction, Status status, String feedback) {
        assertGrade(fraction, status, feedback, QuestionGrader.grade(question(gift), new TrueFalse(answer)));
    }

    static Stream<Arguments> matchings() {
        return Stream.of(
                Arguments.of(Map.of(0, "Ottawa", 1, "Rome", 2, "Tokyo", 3, "Madrid"), 1.0, Status.CORRECT),
                Arguments.of(Map.of(0, "Ottawa", 1, "Rome", 2, "Paris", 3, "Tokyo"), 0.5, Status.PARTIAL),
                Arguments.of(Map.of(0, "Ottawa"), 0.25, Status.PARTIAL),
                Arguments.of(Map.of(0, "Paris", 1, "Ottawa", 2, ""), 0.0, Status.WRONG));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matchings")
    @DisplayName("Moodle matching: right pairs / subquestions with a text; the distractor '= -> Paris' is no question "
            + "and choosing it is wrong; a subquestion left open counts as wrong")
    void matching(Map<Integer, String> chosen, double fraction, Status status) {
        assertGrade(fraction, status, "", QuestionGrader.grade(question(MATCH), new Matching(chosen)));
    }

    @Test
    @DisplayName("Moodle matching: pairs with the same answer text share one choice, right for each of them")
    void matchingSharedAnswer() {
        Grade grade = QuestionGrader.grade(question("Even?{=2 -> even =4 -> even =3 -> odd}"),
                new Matching(Map.of(0, "even", 1, "even", 2, "odd")));
        assertGrade(1, Status.CORRECT, "", grade);
    }

    @Test
    @DisplayName("Moodle essay: a lecturer grades it, so it is pending with 0; only an empty text is no answer")
    void essay() {
        assertGrade(0, Status.PENDING, "", QuestionGrader.grade(question("Write.{####Mention the client.}"),
                new Essay("Mijn dag was goed.")));
        assertGrade(0, Status.UNANSWERED, "", QuestionGrader.grade(question("Write.{}"), new Essay("")));
    }

    @Test
    @DisplayName("Moodle description: asks nothing, so it is not graded")
    void description() {
        assertGrade(0, Status.NOT_GRADED, "", QuestionGrader.grade(question("::Intro:: Read this."),
                QuestionResponse.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SINGLE, MULTI, "Q? {T}", "Q? {=Frog}", "Q? {#3:1}", MATCH, "Q? {}"})
    @DisplayName("Moodle 'not answered': no answer, an empty choice or an empty match gives 0 and UNANSWERED")
    void notAnswered(String gift) {
        assertGrade(0, Status.UNANSWERED, "", QuestionGrader.grade(question(gift), QuestionResponse.NONE));
    }

    @Test
    @DisplayName("Moodle 'not answered': no choice ticked, or no pair matched, is no answer")
    void emptyChoiceOrMatchIsNotAnswered() {
        assertGrade(0, Status.UNANSWERED, "", choose(SINGLE, ""));
        assertGrade(0, Status.UNANSWERED, "", choose(MULTI, ""));
        assertGrade(0, Status.UNANSWERED, "", QuestionGrader.grade(question(MATCH), new Matching(Map.of())));
        assertGrade(0, Status.UNANSWERED, "", QuestionGrader.grade(question(MATCH), new Matching(Map.of(0, ""))));
    }

    static Stream<Arguments> wrongKinds() {
        return Stream.of(
                Arguments.of(SINGLE, new TrueFalse(true)), Arguments.of("Q? {T}", new Text("true")),
                Arguments.of("Q? {=Frog}", Choice.of(0)), Arguments.of("Q? {#3}", new Essay("3")),
                Arguments.of(MATCH, new Text("Ottawa")), Arguments.of("Q? {}", new Text("essay")),
                Arguments.of("Read this.", new Essay("")),
                Arguments.of(SINGLE, Choice.of(0, 1)), Arguments.of(SINGLE, Choice.of(4)),
                Arguments.of(MULTI, Choice.of(-1)), Arguments.of(MATCH, new Matching(Map.of(4, "Paris"))),
                Arguments.of(MATCH, new Matching(Map.of(7, "Rome"))),
                Arguments.of(MATCH, new Matching(Map.of(0, "Berlin"))));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("wrongKinds")
    @DisplayName("a response of the wrong kind, or naming no answer of the question, is a programming error")
    void wrongKindThrows(String gift, QuestionResponse response) {
        GiftQuestion question = question(gift);
        var error = assertThrows(IllegalArgumentException.class, () -> QuestionGrader.grade(question, response));
        assertFalse(error.getMessage().isBlank(), error::toString);
    }
}
