package nl.leerwerkplaats.quiz.view;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import nl.leerwerkplaats.quiz.control.QuestionResponse;
import nl.leerwerkplaats.quiz.control.ResponseCodec;
import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * A response and a question's right answer in words, for the review page. Plain text (the page escapes it);
 * answer texts lose their HTML tags. {@code translate} turns a message key into the reader's language.
 */
final class AnswerSummary {

    private AnswerSummary() {
    }

    static String given(GiftQuestion question, String stored, UnaryOperator<String> translate) {
        QuestionResponse response = ResponseCodec.decode(question, stored);
        if (response instanceof QuestionResponse.Choice choice) {
            StringJoiner chosen = new StringJoiner("\n");
            choice.answerIndexes().stream().sorted()
                    .forEach(i -> chosen.add(plain(question.answers().get(i).text())));
            return chosen.toString();
        } else if (response instanceof QuestionResponse.TrueFalse trueFalse) {
            return translate.apply(trueFalse.value() ? "quiz.true" : "quiz.false");
        } else if (response instanceof QuestionResponse.Text text) {
            return text.text();
        } else if (response instanceof QuestionResponse.Essay essay) {
            return essay.text();
        } else if (response instanceof QuestionResponse.Matching matching) {
            StringJoiner pairs = new StringJoiner("\n");
            matching.chosen().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> pairs.add(plain(question.subquestions().get(e.getKey()).text()) + " → "
                            + plain(e.getValue())));
            return pairs.toString();
        }
        return translate.apply("quiz.review.notAnswered");
    }

    /** The right answer as Moodle's review shows it; empty for essays and descriptions. */
    static String right(GiftQuestion question, UnaryOperator<String> translate) {
        StringJoiner right = new StringJoiner("\n");
        switch (question.type()) {
            case GiftQuestion.TRUEFALSE -> right.add(translate.apply(question.correct() ? "quiz.true" : "quiz.false"));
            case GiftQuestion.MULTICHOICE, GiftQuestion.SHORTANSWER -> question.answers().stream()
                    .filter(a -> a.fraction() > 0)
                    .forEach(a -> right.add(plain(a.text()) + weight(a)));
            case GiftQuestion.NUMERICAL -> question.answers().stream()
                    .filter(a -> a.fraction() > 0 && !a.catchAll())
                    .forEach(a -> right.add(number(a) + weight(a)));
            case GiftQuestion.MATCH -> question.subquestions().stream().filter(p -> !p.text().isEmpty())
                    .forEach(p -> right.add(pair(p)));
            default -> { /* nothing to show */ }
        }
        return right.toString();
    }

    private static String pair(GiftSubquestion pair) {
        return plain(pair.text()) + " → " + plain(pair.answer());
    }

    private static String weight(GiftAnswer answer) {
        return answer.fraction() >= 1 ? "" : " (" + Math.round(answer.fraction() * 100) + "%)";
    }

    private static String number(GiftAnswer answer) {
        String value = decimal(answer.value());
        return answer.tolerance() == null || answer.tolerance() == 0 ? value
                : value + " ± " + decimal(answer.tolerance());
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value).replace('.', ',');
    }

    private static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", "").strip();
    }
}
