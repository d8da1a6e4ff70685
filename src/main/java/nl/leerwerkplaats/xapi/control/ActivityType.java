package nl.leerwerkplaats.xapi.control;

/** The xAPI activity types of what a learner meets here, from the ADL vocabulary and the xAPI registry. */
public enum ActivityType {

    MODULE("http://adlnet.gov/expapi/activities/module"),
    LESSON("http://adlnet.gov/expapi/activities/lesson"),
    ASSESSMENT("http://adlnet.gov/expapi/activities/assessment"),
    QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction"),
    REFLECTION("http://id.tincanapi.com/activitytype/essay");

    private final String id;

    ActivityType(String id) {
        this.id = id;
    }

    /** The type's IRI. */
    public String id() {
        return id;
    }
}
