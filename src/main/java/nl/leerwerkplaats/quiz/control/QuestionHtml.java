package nl.leerwerkplaats.quiz.control;

import nl.leerwerkplaats.catalog.control.MarkdownRenderer;
import nl.leerwerkplaats.platform.HtmlText;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/**
 * A question's text, answer or feedback as safe HTML for its GIFT format: Moodle's auto-format keeps HTML and
 * turns line breaks into {@code <br>}, markdown is rendered, plain text is escaped; all is sanitised.
 */
public final class QuestionHtml {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private QuestionHtml() {
    }

    public static String of(String text, String format) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (format == null ? "moodle" : format) {
            case "markdown" -> MARKDOWN.render(MARKDOWN.parse(text));
            case "html" -> MarkdownRenderer.sanitize(text);
            case "plain" -> HtmlText.escape(text).replace("\n", "<br>");
            default -> MarkdownRenderer.sanitize(text.replace("\n", "<br>"));
        };
    }

    /** The feedback on what was answered, then the question's general feedback, each in its own block. */
    public static String feedback(String answerFeedback, GiftQuestion question) {
        String answer = of(answerFeedback, question.format());
        String general = of(question.generalFeedback(), question.format());
        return (answer.isEmpty() ? "" : "<div class=\"answer-feedback\">" + answer + "</div>")
                + (general.isEmpty() ? "" : "<div class=\"general-feedback\">" + general + "</div>");
    }
}
