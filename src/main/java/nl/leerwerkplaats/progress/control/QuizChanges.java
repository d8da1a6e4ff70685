package nl.leerwerkplaats.progress.control;

import java.util.List;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Whether a quiz asks the same as in another version: the questions compared without their line numbers. */
public final class QuizChanges {

    private QuizChanges() {
    }

    public static boolean sameQuestions(ParsedQuiz a, ParsedQuiz b) {
        return a.settings().passMark() == b.settings().passMark() && content(a).equals(content(b));
    }

    private static List<GiftQuestion> content(ParsedQuiz quiz) {
        return quiz.questions().stream().map(q -> new GiftQuestion(0, q.name(), q.type(), q.text(),
                q.generalFeedback(), q.single(), q.answers(), q.correct(), q.feedbackTrue(), q.feedbackFalse(),
                q.subquestions(), q.category(), q.format())).toList();
    }
}
