package nl.leerwerkplaats.progress.control;

/** A quiz of a module version; a final test makes the other quizzes practice. */
public record QuizItem(String key, String title, boolean finalTest) {
}
