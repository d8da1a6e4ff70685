package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Questions for the grading tests, read by the real parser from small GIFT snippets. */
final class GiftSnippets {

    private GiftSnippets() {
    }

    /** The questions of a GIFT text that must parse without errors. */
    static List<GiftQuestion> questions(String gift) {
        GiftParseResult result = GiftParser.parse(gift, "t.gift");
        assertEquals(List.of(), result.errors(), () -> "errors for\n" + gift);
        return result.questions();
    }

    /** The one question of a GIFT snippet. */
    static GiftQuestion question(String gift) {
        List<GiftQuestion> questions = questions(gift);
        assertEquals(1, questions.size(), () -> "questions for\n" + gift);
        return questions.get(0);
    }
}
