package nl.leerwerkplaats.vignette.entity;

/** When a learner judged the cases: at the start of the module, or at its end. */
public enum RatingMoment {
    BEFORE, AFTER;

    /** The moment named in a URL ("before", "after"), or null for anything else. */
    public static RatingMoment parse(String name) {
        for (RatingMoment moment : values()) {
            if (moment.name().equalsIgnoreCase(name)) {
                return moment;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
