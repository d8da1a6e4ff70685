package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftText.escape;

import java.util.List;
import java.util.Objects;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * Writes questions as GIFT, in the layout of Moodle's exporter, so that {@link GiftParser} (and Moodle) read
 * back equal questions. Special characters are escaped and line breaks written as {@code \n}, so every text
 * stays on one line. Throws IllegalArgumentException for what GIFT cannot express, which the parser never
 * produces: a question without category after one with a category, {@code ->} in a matching question's text
 * or anywhere in a short answer, a single-choice question without a 100% answer, or feedback on a description.
 */
public class GiftWriter {

    /** The GIFT text of the questions, with a {@code $CATEGORY:} line wherever the category changes. */
    public static String write(List<GiftQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (GiftQuestion question : questions) {
            if (!Objects.equals(question.category(), category)) {
                require(question.category() != null, question, "GIFT cannot leave a category once one was set");
                category = question.category();
                out.append(out.isEmpty() ? "" : "\n").append("$CATEGORY: ").append(escape(category)).append('\n');
            }
            out.append(out.isEmpty() ? "" : "\n");
            question(out, question);
        }
        return out.toString();
    }

    private static void question(StringBuilder out, GiftQuestion question) {
        String format = question.format() == null ? GiftText.DEFAULT_FORMAT : question.format();
        String text = question.text();
        if (question.name() != null) {
            out.append("::").append(escape(question.name())).append("::");
        }
        // A marker also guards a text that starts like a marker, or like a comment when there is no title.
        if (!format.equals(GiftText.DEFAULT_FORMAT) || GiftText.startsWithFormat(text)
                || (question.name() == null && text.startsWith("//"))) {
            out.append('[').append(format).append(']');
        }
        out.append(escape(text));
        switch (question.type()) {
            case GiftQuestion.DESCRIPTION -> require(question.generalFeedback() == null
                    || question.generalFeedback().isEmpty(), question, "a description has no general feedback");
            case GiftQuestion.ESSAY -> out.append('{').append(generalFeedback(question, format)).append('}');
            case GiftQuestion.TRUEFALSE -> truefalse(out, question, format);
            case GiftQuestion.MULTICHOICE -> block(out, question, format, "{", multichoice(question, format));
            case GiftQuestion.SHORTANSWER -> block(out, question, format, "{", shortanswer(question, format));
            case GiftQuestion.NUMERICAL -> block(out, question, format, "{#", numerical(question, format));
            case GiftQuestion.MATCH -> block(out, question, format, "{", match(question, format));
            default -> throw new IllegalArgumentException("unknown question type '" + question.type() + "'");
        }
        out.append('\n');
    }

    /** {@code {TRUE#wrong#right}}: the first feedback is for a wrong answer, the second for a right one. */
    private static void truefalse(StringBuilder out, GiftQuestion question, String format) {
        boolean correct = Boolean.TRUE.equals(question.correct());
        String right = Objects.requireNonNullElse(correct ? question.feedbackTrue() : question.feedbackFalse(), "");
        String wrong = Objects.requireNonNullElse(correct ? question.feedbackFalse() : question.feedbackTrue(), "");
        out.append('{').append(correct ? "TRUE" : "FALSE");
        if (!wrong.isEmpty() || !right.isEmpty()) {
            out.append('#').append(inner(wrong, format));
        }
        if (!right.isEmpty()) {
            out.append('#').append(inner(right, format));
        }
        out.append(generalFeedback(question, format)).append('}');
    }

    /**
     * Moodle makes a question single-choice when it has an {@code =} answer and multichoice only when it has a
     * {@code ~}: so 100% answers get {@code =} only when single, and one of them {@code ~%100%} if all are 100%.
     */
    private static String multichoice(GiftQuestion question, String format) {
        boolean single = Boolean.TRUE.equals(question.single());
        List<GiftAnswer> answers = question.answers();
        require(!single || answers.stream().anyMatch(answer -> answer.fraction() == 1), question,
                "a single-choice question needs an answer worth 100%");
        boolean allFull = answers.stream().allMatch(answer -> answer.fraction() == 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer answer = answers.get(i);
            boolean equals = single && answer.fraction() == 1 && !(allFull && i == answers.size() - 1);
            out.append('\t').append(equals ? "=" : answer.fraction() == 0 ? "~" : "~" + weight(answer))
                    .append(inner(answer.text(), format)).append(feedback(answer, format)).append('\n');
        }
        return out.toString();
    }

    private static String shortanswer(GiftQuestion question, String format) {
        StringBuilder out = new StringBuilder();
        for (GiftAnswer answer : question.answers()) {
            require(!answer.text().contains("->") && !answer.feedback().contains("->"), question,
                    "'->' in a short answer would make it a matching question");
            out.append("\t=").append(answer.fraction() == 1 ? "" : weight(answer))
                    .append(inner(answer.text(), format)).append(feedback(answer, format)).append('\n');
        }
        return out.toString();
    }

    /** Values as {@code value:tolerance}; an answer for any other number last as Moodle's {@code ~#feedback}. */
    private static String numerical(GiftQuestion question, String format) {
        StringBuilder out = new StringBuilder();
        List<GiftAnswer> answers = question.answers();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer answer = answers.get(i);
            String weight = answer.fraction() == 1 ? "" : weight(answer);
            if (answer.value() == null && answer.fraction() == 0 && i == answers.size() - 1) {
                out.append("\t~");
            } else if (answer.value() == null) {
                out.append("\t=").append(weight).append('*');
            } else {
                double tolerance = answer.tolerance() == null ? 0 : answer.tolerance();
                out.append("\t=").append(weight).append(GiftText.number(answer.value())).append(':')
                        .append(GiftText.number(tolerance));
            }
            out.append(feedback(answer, format)).append('\n');
        }
        return out.toString();
    }

    private static String match(GiftQuestion question, String format) {
        StringBuilder out = new StringBuilder();
        for (GiftSubquestion pair : question.subquestions()) {
            require(!pair.text().contains("->"), question, "'->' in a matching question's text cannot be written");
            out.append("\t=").append(inner(pair.text(), format)).append(" -> ").append(escape(pair.answer()))
                    .append('\n');
        }
        return out.toString();
    }

    private static void block(StringBuilder out, GiftQuestion question, String format, String open, String answers) {
        out.append(open).append('\n').append(answers);
        String generalFeedback = generalFeedback(question, format);
        if (!generalFeedback.isEmpty()) {
            out.append('\t').append(generalFeedback).append('\n');
        }
        out.append('}');
    }

    private static String generalFeedback(GiftQuestion question, String format) {
        String text = question.generalFeedback();
        return text == null || text.isEmpty() ? "" : "####" + inner(text, format);
    }

    private static String feedback(GiftAnswer answer, String format) {
        return answer.feedback() == null || answer.feedback().isEmpty() ? "" : "#" + inner(answer.feedback(), format);
    }

    private static String weight(GiftAnswer answer) {
        return "%" + GiftText.percent(answer.fraction()) + "%";
    }

    /**
     * An answer, feedback or matching text. A leading {@code [format]} or {@code %} would be read as a marker
     * or a weight, so such a text gets the question's own format marker before it, which the parser removes.
     */
    private static String inner(String text, String format) {
        boolean guard = GiftText.startsWithFormat(text) || text.startsWith("%");
        return (guard ? "[" + format + "]" : "") + escape(text);
    }

    private static void require(boolean condition, GiftQuestion question, String message) {
        if (!condition) {
            throw new IllegalArgumentException("question at line " + question.line() + ": " + message);
        }
    }
}
