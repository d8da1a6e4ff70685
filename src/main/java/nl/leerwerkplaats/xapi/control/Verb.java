package nl.leerwerkplaats.xapi.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The xAPI verbs the platform reports, with the IRIs a learning record store and its dashboards recognise: the ADL
 * vocabulary, and the xAPI registry's "submit" because ADL has none.
 */
public enum Verb {

    EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    SUBMITTED("http://activitystrea.ms/schema/1.0/submit", "submitted");

    private final String id;
    private final String display;

    Verb(String id, String display) {
        this.id = id;
        this.display = display;
    }

    /** The verb's IRI. */
    public String id() {
        return id;
    }

    /** The English (en-US) display text. */
    public String display() {
        return display;
    }

    /** The verb with this IRI, compared exactly as xAPI compares IRIs. */
    public static Optional<Verb> byId(String iri) {
        return Arrays.stream(values()).filter(verb -> verb.id.equals(iri)).findFirst();
    }
}
