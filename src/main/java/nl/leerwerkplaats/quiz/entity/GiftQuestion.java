package nl.leerwerkplaats.quiz.entity;

import java.util.List;

/**
 * One question read from a GIFT file, holding what Moodle's importer (qformat_gift) stores for it.
 * Fields that do not apply to the {@code type} are null; fields that apply but were not given are empty.
 *
 * @param line            a line inside the question's block in the file: its first line that is not a comment
 * @param name            the {@code ::title::}, or null when the question has none (Moodle then derives a name
 *                        from the text)
 * @param type            Moodle's qtype: {@code multichoice}, {@code truefalse}, {@code shortanswer},
 *                        {@code numerical}, {@code match}, {@code essay} or {@code description}
 * @param text            the question text as Moodle stores it: format marker and escapes removed, HTML kept,
 *                        and for a missing-word question the answer block replaced by {@code _____}
 * @param generalFeedback the {@code ####} feedback; empty when none
 * @param single          multichoice only: true when one answer is chosen (Moodle: the block has an
 *                        {@code =} answer), false for multiple response; null for other types
 * @param answers         multichoice, shortanswer and numerical; null for other types
 * @param correct         truefalse only: whether the statement is true; null for other types
 * @param feedbackTrue    truefalse only: the feedback for a learner who answers TRUE (empty when none)
 * @param feedbackFalse   truefalse only: the feedback for a learner who answers FALSE (empty when none)
 * @param subquestions    match only, in file order; null for other types
 * @param category        the last {@code $CATEGORY:} before the question, or null when there was none
 * @param format          the text format: {@code moodle} (Moodle's default, when no marker), {@code html},
 *                        {@code markdown} or {@code plain}; answers and feedback share it
 */
public record GiftQuestion(int line, String name, String type, String text, String generalFeedback, Boolean single,
                           List<GiftAnswer> answers, Boolean correct, String feedbackTrue, String feedbackFalse,
                           List<GiftSubquestion> subquestions, String category, String format) {

    public static final String MULTICHOICE = "multichoice";
    public static final String TRUEFALSE = "truefalse";
    public static final String SHORTANSWER = "shortanswer";
    public static final String NUMERICAL = "numerical";
    public static final String MATCH = "match";
    public static final String ESSAY = "essay";
    public static final String DESCRIPTION = "description";

    public GiftQuestion {
        answers = answers == null ? null : List.copyOf(answers);
        subquestions = subquestions == null ? null : List.copyOf(subquestions);
    }
}
