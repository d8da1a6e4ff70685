package nl.leerwerkplaats.catalog.control;

import java.util.Map;

/**
 * How one quiz of a module runs, from module.yaml's {@code quizzes:} block. A quiz without a block gets
 * {@link #DEFAULTS}: pass mark 55% (a Dutch 5.5), unlimited attempts, no time limit.
 *
 * @param attempts        allowed attempts; null for unlimited
 * @param timeLimitMinutes null for none
 * @param draw            per GIFT category, how many random questions an attempt draws; empty: all questions
 */
public record QuizSettings(int passMark, Integer attempts, Integer timeLimitMinutes, boolean shuffleQuestions,
                           boolean shuffleAnswers, Map<String, Integer> draw, Feedback feedback, boolean finalTest) {

    /** When a learner sees feedback: after each answer, or only after submitting the attempt. */
    public enum Feedback {
        AFTER_EACH_ANSWER("afterEachAnswer"), AFTER_SUBMIT("afterSubmit");

        private final String yaml;

        Feedback(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }
    }

    public static final QuizSettings DEFAULTS =
            new QuizSettings(55, null, null, false, true, Map.of(), Feedback.AFTER_SUBMIT, false);
}
