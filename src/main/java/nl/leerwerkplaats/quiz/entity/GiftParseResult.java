package nl.leerwerkplaats.quiz.entity;

import java.util.List;

import nl.leerwerkplaats.platform.ContentError;

/**
 * What the GIFT parser ({@code quiz.control.GiftParser}) read: the valid questions in file order, and the errors as {@code path:line: message},
 * each naming its question. A malformed question is left out of {@code questions}.
 */
public record GiftParseResult(List<GiftQuestion> questions, List<ContentError> errors) {

    public GiftParseResult {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
    }
}
