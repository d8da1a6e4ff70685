package nl.leerwerkplaats.quiz.control;

import java.util.List;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/** What every question has, read before its answer block; completes the {@link GiftQuestion} of each type. */
record GiftStem(int line, String name, String text, String generalFeedback, String category, String format) {

    GiftQuestion description() {
        return question(GiftQuestion.DESCRIPTION, null, null, null, null, null, null);
    }

    GiftQuestion essay() {
        return question(GiftQuestion.ESSAY, null, null, null, null, null, null);
    }

    GiftQuestion multichoice(boolean single, List<GiftAnswer> answers) {
        return question(GiftQuestion.MULTICHOICE, single, answers, null, null, null, null);
    }

    GiftQuestion shortanswer(List<GiftAnswer> answers) {
        return question(GiftQuestion.SHORTANSWER, null, answers, null, null, null, null);
    }

    GiftQuestion numerical(List<GiftAnswer> answers) {
        return question(GiftQuestion.NUMERICAL, null, answers, null, null, null, null);
    }

    GiftQuestion truefalse(boolean correct, String feedbackTrue, String feedbackFalse) {
        return question(GiftQuestion.TRUEFALSE, null, null, correct, feedbackTrue, feedbackFalse, null);
    }

    GiftQuestion match(List<GiftSubquestion> subquestions) {
        return question(GiftQuestion.MATCH, null, null, null, null, null, subquestions);
    }

    private GiftQuestion question(String type, Boolean single, List<GiftAnswer> answers, Boolean correct,
                                  String feedbackTrue, String feedbackFalse, List<GiftSubquestion> subquestions) {
        return new GiftQuestion(line, name, type, text, generalFeedback, single, answers, correct, feedbackTrue,
                feedbackFalse, subquestions, category, format);
    }
}
