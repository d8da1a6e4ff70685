package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.platform.ContentError;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/** The GIFT constructs Moodle's importer (qformat_gift) accepts; "Moodle:" names a case where we follow it. */
class GiftParserTest {

    static final String FILE = "modules-content/m1/quizzes/toets.gift";

    static GiftParseResult parse(String gift) {
        return GiftParser.parse(gift, FILE);
    }

    /** Parses GIFT that must give exactly one question and no error. */
    static GiftQuestion only(String gift) {
        GiftParseResult result = parse(gift);
        assertEquals(List.of(), result.errors(), () -> "errors for\n" + gift);
        assertEquals(1, result.questions().size(), () -> "questions for\n" + gift + "\n" + result.questions());
        return result.questions().get(0);
    }

    /** Parses GIFT that must give exactly one error and no question; checks the parts of its message. */
    static ContentError onlyError(String gift, String... parts) {
        GiftParseResult result = parse(gift);
        assertEquals(1, result.errors().size(), () -> "errors for\n" + gift + "\n" + result.errors());
        assertEquals(List.of(), result.questions(), "a malformed question is skipped");
        ContentError error = result.errors().get(0);
        assertEquals(FILE, error.file());
        for (String part : parts) {
            assertTrue(error.message().contains(part), () -> "'" + part + "' missing in: " + error);
        }
        return error;
    }

    static GiftAnswer answer(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null);
    }

    static GiftAnswer number(double fraction, Double value, Double tolerance, String feedback) {
        return new GiftAnswer(null, fraction, feedback, value, tolerance);
    }

    // Comments and blocks

    @Test
    @DisplayName("Moodle: a line starting with // is a comment, also between the answers")
    void wholeLineCommentsAreIgnored() {
        GiftQuestion question = only("""
                // a comment before the question
                ::Q1:: What is 2 + 2? {
                  // a comment between the answers
                  =4
                  ~5
                }""");
        assertAll(
                () -> assertEquals("Q1", question.name()),
                () -> assertEquals("What is 2 + 2?", question.text()),
                () -> assertEquals(List.of(answer("4", 1, ""), answer("5", 0, "")), question.answers()),
                () -> assertEquals(2, question.line(), "the first line that is not a comment"));
    }

    @Test
    @DisplayName("Moodle: a comment line does not separate questions; only a blank line does")
    void commentLineDoesNotSeparateQuestions() {
        ContentError error = onlyError("""
                ::Q1:: First {T}
                // only a comment between
                ::Q2:: Second {F}""", "'Q1'", "line 3 starts like another question", "blank line");
        assertEquals(3, error.line());
    }

    @Test
    @DisplayName("a question or category right after a question is an error (Moodle would make it part of the text)")
    void missingBlankLineBetweenQuestions() {
        onlyError("::Q1:: First {T}\n::Q2:: A description follows.", "'Q1'", "line 2 starts like another question");
        onlyError("::Q1:: First {T}\n$CATEGORY: next", "line 2 starts like another question or category");
        onlyError("An introduction.\n::Q2:: Then a question {T}", "question 'An introduction.'", "line 2");
        assertEquals("Time\n::: is a colon", only("Time\n\\::: is a colon{T}").text());
    }

    @Test
    @DisplayName("Moodle: // after the answer block on the same line is text, making a missing-word question")
    void commentAfterTheAnswerBlockIsText() {
        assertEquals("Sure? _____ // check this", only("Sure? {T} // check this").text());
    }

    @Test
    @DisplayName("Moodle: // inside a line is text, not a comment")
    void doubleSlashInsideALineIsText() {
        GiftQuestion question = only("Which site? {=https://example.org // the site ~ftp://example.org}");
        assertEquals(List.of(answer("https://example.org // the site", 1, ""), answer("ftp://example.org", 0, "")),
                question.answers());
    }

    @Test
    @DisplayName("Moodle: a block of comments alone is no question and no error")
    void commentOnlyBlocksAreNotQuestions() {
        GiftQuestion question = only("// just a note\n// another note\n\n::Q:: Sure? {T}");
        assertEquals(4, question.line());
    }

    @Test
    @DisplayName("Moodle: blank lines, also of spaces and tabs, separate questions")
    void blankLinesSeparateQuestions() {
        GiftParseResult result = parse("One? {T}\n\nTwo? {F}\n \t \n\n// three\nThree? {T}\n");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(1, 3, 7), result.questions().stream().map(GiftQuestion::line).toList());
        assertEquals(List.of("One?", "Two?", "Three?"), result.questions().stream().map(GiftQuestion::text).toList());
    }

    // Titles

    @Test
    @DisplayName("Moodle: ::title:: at the start of the question is its name")
    void titleIsTheName() {
        GiftQuestion question = only("::Capitals:: What is the capital of France? {=Paris ~Lyon}");
        assertEquals("Capitals", question.name());
        assertEquals("What is the capital of France?", question.text());
        GiftQuestion inText = only("Who said ::this::? {=Me ~You}");
        assertNull(inText.name());
        assertEquals("Who said ::this::?", inText.text());
    }

    @Test
    @DisplayName("Moodle: an escaped colon does not end the title")
    void titleWithEscapedColon() {
        GiftQuestion question = only("::Time\\: 10\\:30:: When does it start? {=10\\:30 ~11\\:00}");
        assertEquals("Time: 10:30", question.name());
        assertEquals(List.of("10:30", "11:00"), question.answers().stream().map(GiftAnswer::text).toList());
    }

    @Test
    @DisplayName("a question without a title has a null name (Moodle derives one from the text)")
    void questionWithoutTitleHasNoName() {
        assertNull(only("The sky is blue. {T}").name());
    }

    @Test
    @DisplayName("an unclosed title is an error (Moodle would drop the '::' and keep the rest as text)")
    void unclosedTitleIsAnError() {
        ContentError error = onlyError("\n::Capitals What is the capital? {=Paris ~Lyon}", "not closed by '::'");
        assertEquals(2, error.line());
    }

    // Categories

    @Test
    @DisplayName("Moodle: $CATEGORY: applies to the questions that follow, until the next one")
    void categoryAppliesToFollowingQuestions() {
        GiftParseResult result = parse("""
                ::Q0:: Before {T}

                $CATEGORY: $course$/top/Begrippen

                ::Q1:: One {T}

                // comment
                ::Q2:: Two {F}

                // switch
                $CATEGORY:   $course$/top/Toepassen\\: casus

                ::Q3:: Three {T}
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(java.util.Arrays.asList(null, "$course$/top/Begrippen", "$course$/top/Begrippen",
                "$course$/top/Toepassen: casus"), result.questions().stream().map(GiftQuestion::category).toList());
    }

    @Test
    @DisplayName("a question right under $CATEGORY: is an error (Moodle would read it as part of the category)")
    void categoryFollowedByQuestionWithoutBlankLine() {
        GiftParseResult result = parse("$CATEGORY: a\n::Q1:: One {T}\n\n::Q2:: Two {T}");
        assertEquals(1, result.errors().size(), result.errors()::toString);
        ContentError error = result.errors().get(0);
        assertEquals(2, error.line());
        assertTrue(error.message().contains("::Q1:: One") && error.message().contains("blank line"), error::toString);
        assertEquals(List.of("Q2"), result.questions().stream().map(GiftQuestion::name).toList());
        assertEquals("a", result.questions().get(0).category());
    }

    @Test
    @DisplayName("$CATEGORY: without a name is an error")
    void emptyCategoryIsAnError() {
        GiftParseResult result = parse("$CATEGORY: a\n\n$CATEGORY:\n\nQ? {T}");
        assertEquals(List.of(new ContentError(FILE, 3, "$CATEGORY: has no category name")), result.errors());
        assertEquals("a", result.questions().get(0).category());
    }

    // Text formats

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [html]<p>Hi <b>there</b></p> {T} | html     | <p>Hi <b>there</b></p>
            [markdown]**Hi** {T}             | markdown | **Hi**
            [plain]Hi {T}                    | plain    | Hi
            [moodle]Hi {T}                   | moodle   | Hi
            Hi {T}                           | moodle   | Hi
            ::Name::[html]<i>Hi</i>{T}       | html     | <i>Hi</i>
            """)
    @DisplayName("Moodle: a [format] marker sets the format and is removed; HTML is kept; the default is moodle")
    void formatMarkerSetsFormat(String gift, String format, String text) {
        GiftQuestion question = only(gift);
        assertEquals(format, question.format());
        assertEquals(text, question.text());
    }

    @Test
    @DisplayName("Moodle: format names are lower case; an unknown [marker] stays in the text")
    void unknownMarkerStaysInText() {
        GiftQuestion question = only("[HTML]Hi {T}");
        assertEquals("moodle", question.format());
        assertEquals("[HTML]Hi", question.text());
    }

    @Test
    @DisplayName("Moodle: markers before answers, feedback and general feedback are removed")
    void answerAndFeedbackMarkersAreRemoved() {
        GiftQuestion question = only("""
                ::Q2:: What's between orange and green in the spectrum?
                {
                    =yellow # right; good!
                    ~red # [html]wrong, it's yellow
                    ~[plain]blue # wrong, it's yellow
                    ####[html]<p>Rainbow</p>
                }""");
        assertEquals(List.of(answer("yellow", 1, "right; good!"), answer("red", 0, "wrong, it's yellow"),
                answer("blue", 0, "wrong, it's yellow")), question.answers());
        assertEquals("<p>Rainbow</p>", question.generalFeedback());
        assertEquals("moodle", question.format());
    }

    // Escapes

    @ParameterizedTest(name = "\\{0}")
    @ValueSource(chars = {'~', '=', '#', '{', '}', ':', '\\'})
    @DisplayName("Moodle: an escaped special character is literal in title, text, answer and feedback")
    void escapedCharacters(char character) {
        String e = "\\" + character;
        GiftQuestion question = only("::Q " + e + " x:: Text " + e + " y {=Answer " + e + " z#Feedback " + e
                + " w ~Other}");
        String c = String.valueOf(character);
        assertAll(
                () -> assertEquals("Q " + c + " x", question.name()),
                () -> assertEquals("Text " + c + " y", question.text()),
                () -> assertEquals(answer("Answer " + c + " z", 1, "Feedback " + c + " w"), question.answers().get(0)),
                () -> assertEquals(2, question.answers().size()));
    }

    @Test
    @DisplayName("Moodle: \\n is a line break; a backslash before another character is kept")
    void escapedLineBreakAndOtherBackslashes() {
        assertEquals("Line one\nC:\\Windows\\temp", only("Line one\\nC:\\Windows\\temp {T}").text());
    }

    @Test
    @DisplayName("Moodle: an escaped ~ does not separate answers")
    void escapedTildeIsNotASeparator() {
        assertEquals(List.of(answer("a ~ b", 1, ""), answer("c", 0, "")), only("Q? {=a \\~ b ~c}").answers());
    }

    // Multiple choice

    @Test
    @DisplayName("Moodle: = is the right answer, ~ a wrong one; the block may come at the end")
    void multipleChoice() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
        assertAll(
                () -> assertEquals("multichoice", question.type()),
                () -> assertEquals(Boolean.TRUE, question.single()),
                () -> assertEquals("Who's buried in Grant's tomb?", question.text()),
                () -> assertEquals(List.of(answer("Grant", 0, ""), answer("Jefferson", 0, ""), answer("no one", 1, "")),
                        question.answers()),
                () -> assertNull(question.correct()),
                () -> assertNull(question.subquestions()),
                () -> assertNull(question.feedbackTrue()));
    }

    @Test
    @DisplayName("Moodle: any '=' answer makes a single-choice question, also with two '=' answers")
    void twoEqualsAnswersStaySingle() {
        GiftQuestion question = only("Q? {=a =b ~c}");
        assertEquals(Boolean.TRUE, question.single());
        assertEquals(List.of(1.0, 1.0, 0.0), question.answers().stream().map(GiftAnswer::fraction).toList());
    }

    @Test
    @DisplayName("Moodle: a single-choice question may give partial credit with ~%50%")
    void partialCreditInSingleChoice() {
        GiftQuestion question = only("Q? {=a ~%50%b ~c}");
        assertEquals(Boolean.TRUE, question.single());
        assertEquals(List.of(1.0, 0.5, 0.0), question.answers().stream().map(GiftAnswer::fraction).toList());
    }

    @Test
    @DisplayName("Moodle: weights without '=' make a multiple-response question; negative weights are penalties")
    void weightsWithoutEqualsAreMultipleResponse() {
        GiftQuestion question = only("""
                ::colours:: What's between orange and green in the spectrum?
                {
                    ~%50%yellow # right; good!
                    ~%-100%red # [html]wrong
                    ~%50%off-beige # right; good!
                    ~%-100%[plain]blue # wrong
                }""");
        assertEquals(Boolean.FALSE, question.single());
        assertEquals(List.of(answer("yellow", 0.5, "right; good!"), answer("red", -1, "wrong"),
                answer("off-beige", 0.5, "right; good!"), answer("blue", -1, "wrong")), question.answers());
    }

    @Test
    @DisplayName("Moodle: weights may have decimals; the positive ones add up to 100% after rounding")
    void decimalWeights() {
        GiftQuestion question = only("Q? {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}");
        assertEquals(List.of(0.3333333, 0.3333333, 0.3333334, -1.0),
                question.answers().stream().map(GiftAnswer::fraction).toList());
    }

    @Test
    @DisplayName("multiple choice without a correct answer is an error")
    void multichoiceWithoutCorrectAnswer() {
        onlyError("::Kleur:: Welke kleur? {~rood ~blauw}", "question 'Kleur'", "no correct answer");
    }

    @Test
    @DisplayName("Moodle: in multiple response the positive weights must add up to 100%")
    void positiveWeightsMustAddUpTo100() {
        onlyError("Q? {~%50%a ~%30%b ~c}", "add up to 80%");
    }

    @Test
    @DisplayName("=%50% in multiple choice is an error (Moodle would import a 100% answer '%50%a')")
    void weightAfterEqualsInMultichoice() {
        onlyError("Q? {=%50%a ~b =c}", "'=' gives 100%", "~%50%");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Q? {~%101%a ~b =c}", "Q? {=a ~%-150%b}", "Q? {=%200%a}", "Q? {#=%100.5%3}"})
    @DisplayName("a weight outside -100% .. 100% is an error")
    void weightOutOfRange(String gift) {
        onlyError(gift, "outside -100% .. 100%");
    }

    @Test
    @DisplayName("Moodle: multiple choice needs at least 2 answers")
    void multichoiceNeedsTwoAnswers() {
        onlyError("Q? {~a}", "at least 2 answers");
    }

    @Test
    @DisplayName("an empty answer is an error")
    void emptyAnswer() {
        onlyError("Q? {=a ~ ~b}", "answer 2 is empty");
    }

    // True/false

    @ParameterizedTest(name = "{0}")
    @CsvSource({"T, true", "TRUE, true", "F, false", "FALSE, false"})
    @DisplayName("Moodle: {T}, {TRUE}, {F} and {FALSE} make a true/false question")
    void trueFalseWords(String word, boolean correct) {
        GiftQuestion question = only("Grant is buried in Grant's tomb.{" + word + "}");
        assertAll(
                () -> assertEquals("truefalse", question.type()),
                () -> assertEquals(correct, question.correct()),
                () -> assertEquals("", question.feedbackTrue()),
                () -> assertEquals("", question.feedbackFalse()),
                () -> assertNull(question.answers()),
                () -> assertNull(question.single()));
    }

    @Test
    @DisplayName("Moodle: {T#a#b} gives a to a wrong answer and b to a right one, so feedbackTrue depends on T or F")
    void trueFalseFeedback() {
        GiftQuestion isTrue = only("Q? {T#Wrong, it is true#Right, well done}");
        assertEquals("Right, well done", isTrue.feedbackTrue());
        assertEquals("Wrong, it is true", isTrue.feedbackFalse());
        GiftQuestion isFalse = only("Q? {FALSE#No, it is false#Yes, false}");
        assertEquals("No, it is false", isFalse.feedbackTrue());
        assertEquals("Yes, false", isFalse.feedbackFalse());
        GiftQuestion onlyRight = only("Q? {F##Yes####General}");
        assertEquals("", onlyRight.feedbackTrue());
        assertEquals("Yes", onlyRight.feedbackFalse());
        assertEquals("General", onlyRight.generalFeedback());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"true", "False", "TRUE maybe", "t#feedback"})
    @DisplayName("true/false in other words is an error (Moodle would import {true} as a short answer 'true')")
    void trueFalseWithOtherWords(String answer) {
        onlyError("::TF:: The sky is blue. {" + answer + "}", "question 'TF'", "T, TRUE, F or FALSE");
    }

    // Short answer

    @Test
    @DisplayName("Moodle: several = answers are all accepted")
    void shortAnswerWithSeveralAnswers() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{=no one =nobody}");
        assertEquals("shortanswer", question.type());
        assertEquals(List.of(answer("no one", 1, ""), answer("nobody", 1, "")), question.answers());
        assertNull(question.single());
    }

    @Test
    @DisplayName("Moodle: =%50% weights, feedback, and * kept as the wildcard in the answer text")
    void shortAnswerWeightsAndWildcard() {
        GiftQuestion question = only("""
                ::Shortanswer::Which is the best animal?{
                    =Frog#Good!
                    =%50%Cat#What is it with Moodlers and cats?
                    =%0%*#Completely wrong
                }""");
        assertEquals(List.of(answer("Frog", 1, "Good!"), answer("Cat", 0.5, "What is it with Moodlers and cats?"),
                answer("*", 0, "Completely wrong")), question.answers());
    }

    @Test
    @DisplayName("Moodle: a short answer needs an answer worth 100%")
    void shortAnswerWithoutFullMarks() {
        onlyError("Q? {=%50%Cat =%20%Dog}", "needs an answer worth 100%");
    }

    @Test
    @DisplayName("an answer without '=' is an error (Moodle would import {Paris} as a short answer)")
    void answerWithoutMarker() {
        onlyError("Capital of France? {Paris}", "'Paris' comes before the first answer");
    }

    // Matching

    @Test
    @DisplayName("Moodle: =question -> answer pairs make a matching question")
    void matching() {
        GiftQuestion question = only("Match the countries.{=Canada -> Ottawa =Italy->Rome =Japan -> Tokyo}");
        assertEquals("match", question.type());
        assertEquals(List.of(new GiftSubquestion("Canada", "Ottawa"), new GiftSubquestion("Italy", "Rome"),
                new GiftSubquestion("Japan", "Tokyo")), question.subquestions());
        assertNull(question.answers());
    }

    @Test
    @DisplayName("Moodle: pairs may have format markers; '= -> Chat' is an extra answer without a question")
    void matchingMarkersAndDistractor() {
        GiftQuestion question = only("""
                // question: 2  name: Moodle activities
                ::Moodle activities::[html]Match the <b>activity</b> to the description.{
                    =[html]An activity supporting asynchronous discussions. -> Forum
                    =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
                    =[plain]A bank of record entries which participants can add to. -> Database
                    =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
                    = -> Chat
                }""");
        assertEquals("html", question.format());
        assertEquals("Match the <b>activity</b> to the description.", question.text());
        assertEquals(List.of(new GiftSubquestion("An activity supporting asynchronous discussions.", "Forum"),
                new GiftSubquestion("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
                new GiftSubquestion("A bank of record entries which participants can add to.", "Database"),
                new GiftSubquestion("A collection of web pages that anyone can add to or edit.", "Wiki"),
                new GiftSubquestion("", "Chat")), question.subquestions());
    }

    @Test
    @DisplayName("a matching pair without '->' is an error on its own line")
    void matchingPairWithoutArrow() {
        ContentError error = onlyError("""
                ::Hoofdsteden:: Match.{
                =Canada -> Ottawa
                =Italy Rome
                =Japan -> Tokyo
                }""", "question 'Hoofdsteden'", "'Italy Rome' has no '->'");
        assertEquals(3, error.line());
    }

    @Test
    @DisplayName("Moodle: matching needs at least 2 pairs")
    void matchingNeedsTwoPairs() {
        onlyError("Match.{=Canada -> Ottawa}", "at least 2 pairs");
    }

    // Missing word

    @Test
    @DisplayName("Moodle: an answer block inside the sentence becomes _____")
    void missingWord() {
        GiftQuestion question = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertEquals("Grant is _____ in Grant's tomb.", question.text());
        assertEquals("multichoice", question.type());
    }

    @Test
    @DisplayName("Moodle: only a block at the very end leaves no blank; a full stop after it makes a missing word")
    void missingWordWithTextAfterTheBlock() {
        assertEquals("Two plus two is _____.", only("Two plus two is {#4}.").text());
        assertEquals("Two plus two is", only("Two plus two is {#4}").text());
        assertEquals("_____ is the capital of France.", only("{=Paris =Parijs} is the capital of France.").text());
    }

    // Numerical

    @Test
    @DisplayName("Moodle: {#value:tolerance}")
    void numericalWithTolerance() {
        GiftQuestion question = only("When was Ulysses S. Grant born?{#1822:5}");
        assertEquals("numerical", question.type());
        assertEquals(List.of(number(1, 1822.0, 5.0, "")), question.answers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1..5, 3, 2", "1.5..2.5, 2, 0.5", "-5..-1, -3, 2", "0..0, 0, 0"})
    @DisplayName("Moodle: a range {#min..max} becomes the middle and the tolerance")
    void numericalRange(String range, double value, double tolerance) {
        assertEquals(List.of(number(1, value, tolerance, "")), only("Q? {#" + range + "}").answers());
    }

    @Test
    @DisplayName("Moodle: {#2} is exactly 2; answers may have feedback")
    void numericalExact() {
        assertEquals(List.of(number(1, 2.0, 0.0, "Yes!")), only("1 + 1? {#2#Yes!}").answers());
    }

    @Test
    @DisplayName("Moodle: several numerical answers with weights and feedback")
    void numericalSeveralWeighted() {
        GiftQuestion question = only("""
                When was Ulysses S. Grant born? {#
                    =1822:0 # Correct! You get full credit.
                    =%50%1822:2 # He was born in 1822. You get half credit for being close.
                }""");
        assertEquals(List.of(number(1, 1822.0, 0.0, "Correct! You get full credit."),
                number(0.5, 1822.0, 2.0, "He was born in 1822. You get half credit for being close.")),
                question.answers());
        assertEquals(List.of(number(1, 3.0, 0.0, ""), number(0.5, 3.0, 1.0, "")), only("Q? {#=3:0 =%50%3:1}").answers());
    }

    @Test
    @DisplayName("Moodle: ~#feedback in a numerical block is a 0% answer for any other number")
    void numericalOtherwiseFeedback() {
        GiftQuestion question = only("::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}");
        assertEquals(List.of(number(1, 3.0, 2.0, ""), number(0, null, null, "Completely wrong")), question.answers());
        assertTrue(question.answers().get(1).catchAll());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{#three}", "{#3:two}", "{#1..five}", "{#=3:1 =%50%abc}", "{#0x1A}", "{#NaN}"})
    @DisplayName("a numerical answer that is not a number is an error (Moodle would make it '*', any number)")
    void numericalNotANumber(String block) {
        onlyError("::Getal:: Q? " + block, "question 'Getal'", "is not a number");
    }

    @Test
    @DisplayName("a numerical block without an answer, a reversed range or a negative tolerance is an error")
    void numericalWithoutValidAnswer() {
        onlyError("Q? {#}", "has no answer");
        onlyError("Q? {#5..1}", "starts above its end");
        onlyError("Q? {#5:-1}", "tolerance", "negative");
    }

    // Essay, description, feedback

    @Test
    @DisplayName("Moodle: {} is an essay, which may have general feedback")
    void essay() {
        GiftQuestion essay = only("Write about your day.{}");
        assertAll(
                () -> assertEquals("essay", essay.type()),
                () -> assertEquals("", essay.generalFeedback()),
                () -> assertNull(essay.answers()),
                () -> assertNull(essay.subquestions()),
                () -> assertNull(essay.correct()));
        assertEquals("Good essays mention the client.", only("Describe it.{####Good essays mention the client.}")
                .generalFeedback());
    }

    @Test
    @DisplayName("Moodle: a question without braces is a description")
    void description() {
        GiftQuestion question = only("::Intro:: The next questions are about [b]normaliseren[/b].");
        assertEquals("description", question.type());
        assertEquals("The next questions are about [b]normaliseren[/b].", question.text());
        assertNull(question.answers());
    }

    @Test
    @DisplayName("Moodle: # starts an answer's feedback; an escaped \\# is part of it")
    void feedbackWithEscapedHash() {
        assertEquals(List.of(answer("a", 1, "Use # for numbers"), answer("b", 0, "No #1")),
                only("Q? {=a#Use \\# for numbers ~b#No \\#1}").answers());
    }

    @Test
    @DisplayName("Moodle: general feedback follows the last #### in the block")
    void generalFeedback() {
        GiftQuestion question = only("Q? {=a#right ~b#wrong####Think about it.}");
        assertEquals(List.of(answer("a", 1, "right"), answer("b", 0, "wrong")), question.answers());
        assertEquals("Think about it.", question.generalFeedback());
        assertEquals("", only("Q? {=a ~b}").generalFeedback());
    }

    // Layout of the file

    @Test
    @DisplayName("Moodle: a question may span lines; its text keeps the line breaks")
    void multiLineQuestion() {
        GiftQuestion question = only("""

                ::Lang::
                Eerste regel
                tweede regel
                {
                =a
                ~b
                }""");
        assertEquals("Lang", question.name());
        assertEquals("Eerste regel\ntweede regel", question.text());
        assertEquals(2, question.line());
    }

    @Test
    @DisplayName("Moodle: a comment line inside the text leaves a line with one space")
    void commentInsideText() {
        assertEquals("Eerste\n \nTweede", only("Eerste\n// tussendoor\nTweede{T}").text());
    }

    @Test
    @DisplayName("Moodle: Windows and old Mac line endings read as line breaks")
    void windowsLineEndings() {
        GiftParseResult result = parse("// c\r\n::A:: One\r\ntwo {T}\r\n\r\n::B:: Three {F}\r\n");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("One\ntwo", "Three"), result.questions().stream().map(GiftQuestion::text).toList());
        assertEquals(List.of(2, 5), result.questions().stream().map(GiftQuestion::line).toList());
        assertEquals(List.of("One\ntwo", "Three"), parse("// c\r::A:: One\rtwo {T}\r\r::B:: Three {F}")
                .questions().stream().map(GiftQuestion::text).toList());
    }

    @Test
    @DisplayName("Moodle: a UTF-8 byte order mark at the start is ignored")
    void utf8ByteOrderMark() {
        GiftQuestion question = only("\uFEFF::Vraag:: Is één gelijk aan 1? {T}");
        assertEquals("Vraag", question.name());
        assertEquals("Is één gelijk aan 1?", question.text());
    }

    // Errors

    @Test
    @DisplayName("an unclosed { is an error on its line; the next question still loads")
    void unclosedBrace() {
        GiftParseResult result = parse("// about Q1\n::Q1:: What? {=a ~b\n\n::Q2:: Next {T}");
        assertEquals(List.of(new ContentError(FILE, 2, "question 'Q1': the '{' is not closed by '}'")),
                result.errors());
        assertEquals(List.of("Q2"), result.questions().stream().map(GiftQuestion::name).toList());
    }

    @Test
    @DisplayName("an unclosed { before the next question without a blank line names both lines")
    void unclosedBraceBeforeNextQuestion() {
        ContentError inText = onlyError("What? {=a ~b\nand {=c ~d}", "'What?'",
                "the '{' on line 1 is not closed before the next '{' on line 2");
        assertEquals(1, inText.line());
        ContentError error = onlyError("::Q1:: What? {=a ~b\n::Q2:: Next {T}", "'Q1'",
                "the '{' is not closed by '}' before line 2, which starts like another question");
        assertEquals(1, error.line());
    }

    @Test
    @DisplayName("a } without { and text after the answer block with braces are errors")
    void strayBraces() {
        onlyError("What? =a ~b}", "'}' without '{'");
        onlyError("What? } {=a ~b}", "'}' comes before");
        ContentError error = onlyError("What? {=a ~b}\nand {=c ~d}", "question 'What?'",
                "text after the answer block cannot be parsed");
        assertEquals(2, error.line());
    }

    @Test
    @DisplayName("an empty question text is an error")
    void emptyQuestionText() {
        onlyError("::Leeg:: {=a ~b}", "question 'Leeg'", "the question text is empty");
        onlyError("{T}", "the question text is empty");
        onlyError("[html] {T}", "the question text is empty");
    }

    @Test
    @DisplayName("an error names the question by its title, or else by the start of its text")
    void errorNamesTheQuestion() {
        ContentError error = onlyError("Which colour is the sky on a clear day at noon in summer? {~red ~green}");
        assertTrue(error.message().startsWith("question 'Which colour is the sky on a clear day a...': "),
                error::toString);
        assertTrue(error.toString().startsWith(FILE + ":1: question 'Which"), error::toString);
    }

    @Test
    @DisplayName("errors and questions carry the line in the file, also after comments and multi-line blocks")
    void linesOfErrorsAndQuestions() {
        GiftParseResult result = parse("""
                // Toets 1

                ::Q1:: Two? {#2}

                // about years
                ::Q2:: When? {#
                  =1822:0
                  =%50%eighteen
                }

                ::Q3:: Three? {=3 ~4}
                """);
        assertEquals(List.of(new ContentError(FILE, 8, "question 'Q2': the numerical answer 'eighteen' is not a number")),
                result.errors());
        assertEquals(List.of(3, 11), result.questions().stream().map(GiftQuestion::line).toList());
    }

    @Test
    @DisplayName("every problem of a question is reported, each on its line")
    void everyProblemIsReported() {
        GiftParseResult result = parse("::Q:: When?\n{#abc\n=%50%def\n=%150%3}");
        assertEquals(List.of(2, 3, 4), result.errors().stream().map(ContentError::line).toList(),
                result.errors()::toString);
        assertEquals(List.of(), result.questions());
    }

    @Test
    @DisplayName("no input makes the parser throw; every error and question has a line of the file")
    void neverThrows() {
        java.util.Random random = new java.util.Random(20261123);
        String[] pieces = {"{", "}", "=", "~", "#", "####", "::", ":", "%50%", "%-100%", "%x%", "->", "\\", "\n",
                "\r\n", "\n\n", "//", "T", "FALSE", "[html]", "[plain", "$CATEGORY:", "..", "1", "-2.5", "*", " ", "a",
                "é", "\uE000", "\uE007", "_____"};
        for (int run = 0; run < 3000; run++) {
            StringBuilder gift = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                gift.append(pieces[random.nextInt(pieces.length)]);
            }
            String content = gift.toString();
            GiftParseResult result = parse(content);
            int lines = content.split("\r\n|\r|\n", -1).length;
            for (ContentError error : result.errors()) {
                assertTrue(error.line() >= 1 && error.line() <= lines, () -> error + " for " + content);
            }
            for (GiftQuestion question : result.questions()) {
                assertTrue(question.line() >= 1 && question.line() <= lines, () -> question + " for " + content);
                assertTrue(!question.text().isEmpty(), () -> question + " for " + content);
            }
        }
    }
}
