package nl.leerwerkplaats.cohort.entity;

/** What someone is in a cohort: learner, lecturer (manages it) or reviewer (gives feedback, open group). */
public enum MemberRole {
    LEARNER, LECTURER, REVIEWER
}
