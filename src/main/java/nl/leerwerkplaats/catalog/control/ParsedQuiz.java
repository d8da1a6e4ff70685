package nl.leerwerkplaats.catalog.control;

import java.util.List;

import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** A quiz of a module: its GIFT file parsed, with its settings from module.yaml (or the defaults). */
public record ParsedQuiz(String id, String file, QuizSettings settings, List<GiftQuestion> questions) {
}
