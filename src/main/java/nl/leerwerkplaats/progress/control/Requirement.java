package nl.leerwerkplaats.progress.control;

/**
 * One thing a learner must do to complete a module version, whether it is done, and the resource bundle key
 * ({@code ruleKey}) that explains the rule, e.g. "progress.rule.finalTest".
 */
public record Requirement(Kind kind, String key, String title, String ruleKey, boolean met) {

    /** What sort of item the requirement is about. */
    public enum Kind {
        LESSON, QUIZ, REFLECTION
    }
}
