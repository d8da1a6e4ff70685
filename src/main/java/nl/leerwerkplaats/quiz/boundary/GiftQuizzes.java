package nl.leerwerkplaats.quiz.boundary;

import java.util.List;

import nl.leerwerkplaats.quiz.control.GiftParser;
import nl.leerwerkplaats.quiz.control.GiftWriter;
import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** The quiz feature's door for content: read a GIFT file (for the content pipeline) and write one back. */
public final class GiftQuizzes {

    private GiftQuizzes() {
    }

    /** @param file the path shown in errors ({@code path:line: message}) */
    public static GiftParseResult parse(String content, String file) {
        return GiftParser.parse(content, file);
    }

    /** GIFT text that Moodle imports, and that {@link #parse} reads back to equal questions. */
    public static String export(List<GiftQuestion> questions) {
        return GiftWriter.write(questions);
    }
}
