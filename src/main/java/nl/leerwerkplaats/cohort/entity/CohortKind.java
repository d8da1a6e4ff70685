package nl.leerwerkplaats.cohort.entity;

/** A lecturer's class of students, a team of professionals, or the one open enrolment group. */
public enum CohortKind {
    CLASS, TEAM, OPEN_ENROLMENT
}
