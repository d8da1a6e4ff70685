package nl.leerwerkplaats.reflection.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/** A submission outside the word limits: per section key the message key and the limit. */
@ApplicationException(rollback = true)
public class SubmitRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param limit the minimum or maximum that was not met */
    public record Problem(String messageKey, int words, int limit) {
    }

    private final transient Map<String, Problem> problems;

    public SubmitRefused(Map<String, Problem> problems) {
        super("outside the word limits: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
