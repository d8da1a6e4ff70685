package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.quiz.boundary.GiftQuizzes;

class QuizChangesTest {

    private static final String GIFT = "::een:: Normaliseren is een transformatiedoel. {T}\n\n"
            + "::twee:: Welk woord past? {=ontzorgen ~problematiseren}\n";

    private static ParsedQuiz quiz(String gift, int passMark) {
        QuizSettings settings = new QuizSettings(passMark, null, null, false, true, java.util.Map.of(),
                QuizSettings.Feedback.AFTER_SUBMIT, true);
        return new ParsedQuiz("eindtoets", "quizzes/eindtoets.gift", settings,
                GiftQuizzes.parse(gift, "quizzes/eindtoets.gift").questions());
    }

    @Test
    void questionsThatOnlyMovedToOtherLinesAreTheSame() {
        assertTrue(QuizChanges.sameQuestions(quiz(GIFT, 55), quiz("// een opmerking\n\n" + GIFT, 55)));
    }

    @Test
    void aChangedAnswerOrPassMarkIsAnotherQuiz() {
        assertFalse(QuizChanges.sameQuestions(quiz(GIFT, 55), quiz(GIFT.replace("{T}", "{F}"), 55)));
        assertFalse(QuizChanges.sameQuestions(quiz(GIFT, 55), quiz(GIFT, 70)));
        assertFalse(QuizChanges.sameQuestions(quiz(GIFT, 55), quiz(GIFT.substring(0, GIFT.indexOf("::twee")), 55)));
    }
}
