package nl.leerwerkplaats.quiz.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.NoAnswer;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * Grades a learner's response to one GIFT question with Moodle's rules for its type (Moodle's
 * question/type/&lt;type&gt;/question.php). On purpose, a single-choice question's negative weight is floored at
 * zero per question, where Moodle lets that question's mark go negative; and text that is not a number is wrong,
 * also when the question has an answer for any number.
 */
public final class QuestionGrader {

    private QuestionGrader() {
    }

    /**
     * Grades the response; a response of the wrong kind for the question's type, or one that points at no
     * answer of the question, is a programming error and throws {@link IllegalArgumentException}.
     */
    public static Grade grade(GiftQuestion question, QuestionResponse response) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        Class<? extends QuestionResponse> kind = kindFor(question.type());
        if (response instanceof NoAnswer) {
            // A description asks nothing, so it is not graded rather than unanswered.
            return Grade.of(kind == NoAnswer.class ? Status.NOT_GRADED : Status.UNANSWERED);
        }
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException("a " + question.type() + " question takes a "
                    + kind.getSimpleName() + " response, not " + response);
        }
        return switch (question.type()) {
            case GiftQuestion.MULTICHOICE -> choice(question, ((Choice) response).answerIndexes());
            case GiftQuestion.TRUEFALSE -> trueFalse(question, ((TrueFalse) response).value());
            case GiftQuestion.SHORTANSWER -> TypedAnswerGrader.shortAnswer(question.answers(), text(response));
            case GiftQuestion.NUMERICAL -> TypedAnswerGrader.numerical(question.answers(), text(response));
            case GiftQuestion.MATCH -> match(question.subquestions(), ((Matching) response).chosen());
            case GiftQuestion.ESSAY -> essay(((Essay) response).text());
            default -> throw new IllegalStateException("no grading for " + question.type());
        };
    }

    private static String text(QuestionResponse response) {
        return ((Text) response).text();
    }

    private static Class<? extends QuestionResponse> kindFor(String type) {
        return switch (type == null ? "" : type) {
            case GiftQuestion.MULTICHOICE -> Choice.class;
            case GiftQuestion.TRUEFALSE -> TrueFalse.class;
            case GiftQuestion.SHORTANSWER, GiftQuestion.NUMERICAL -> Text.class;
            case GiftQuestion.MATCH -> Matching.class;
            case GiftQuestion.ESSAY -> Essay.class;
            case GiftQuestion.DESCRIPTION -> NoAnswer.class;
            default -> throw new IllegalArgumentException("unknown question type " + type);
        };
    }

    /** Single choice: the chosen answer's weight; multiple response: the sum of the chosen ones, in 0..1. */
    private static Grade choice(GiftQuestion question, Set<Integer> chosen) {
        List<GiftAnswer> answers = question.answers();
        for (int index : chosen) {
            if (index < 0 || index >= answers.size()) {
                throw new IllegalArgumentException("answer " + index + " is not one of the " + answers.size());
            }
        }
        if (Boolean.TRUE.equals(question.single()) && chosen.size() > 1) {
            throw new IllegalArgumentException("a single-choice question takes one answer, not " + chosen);
        }
        if (chosen.isEmpty()) {
            return Grade.of(Status.UNANSWERED);
        }
        double sum = 0;
        StringJoiner feedback = new StringJoiner("\n");
        for (int index = 0; index < answers.size(); index++) {
            if (chosen.contains(index)) {
                GiftAnswer answer = answers.get(index);
                sum += answer.fraction();
                addFeedback(feedback, answer.feedback());
            }
        }
        return Grade.graded(Math.min(1, Math.max(0, sum)), feedback.toString());
    }

    private static void addFeedback(StringJoiner feedback, String text) {
        if (text != null && !text.isEmpty()) {
            feedback.add(text);
        }
    }

    /** Moodle gives the feedback for the answer given, so it tells a wrong answer why. */
    private static Grade trueFalse(GiftQuestion question, boolean value) {
        double fraction = value == question.correct() ? 1 : 0;
        return Grade.graded(fraction, value ? question.feedbackTrue() : question.feedbackFalse());
    }

    /** A lecturer grades an essay; like Moodle, only an empty text is no answer. */
    private static Grade essay(String text) {
        return Grade.of(text.isEmpty() ? Status.UNANSWERED : Status.PENDING);
    }

    /**
     * The share of subquestions answered right, counting only those with a text: a pair with an empty text is
     * an extra answer (a distractor). Like Moodle, pairs that share an answer text share one choice in the
     * drop-down, so choosing that text is right for each of them.
     */
    private static Grade match(List<GiftSubquestion> subquestions, Map<Integer, String> chosen) {
        Set<String> choices = new HashSet<>();
        subquestions.forEach(pair -> choices.add(pair.answer()));
        chosen.forEach((index, text) -> {
            if (index < 0 || index >= subquestions.size() || subquestions.get(index).text().isEmpty()) {
                throw new IllegalArgumentException("subquestion " + index + " is not one to match");
            }
            if (!text.isEmpty() && !choices.contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not one of the answers " + choices);
            }
        });
        if (chosen.values().stream().allMatch(String::isEmpty)) {
            return Grade.of(Status.UNANSWERED);
        }
        int questions = 0;
        int right = 0;
        for (int index = 0; index < subquestions.size(); index++) {
            GiftSubquestion pair = subquestions.get(index);
            if (!pair.text().isEmpty()) {
                questions++;
                right += pair.answer().equals(chosen.get(index)) ? 1 : 0;
            }
        }
        return Grade.graded((double) right / questions, "");
    }
}
