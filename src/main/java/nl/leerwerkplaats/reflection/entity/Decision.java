package nl.leerwerkplaats.reflection.entity;

/** A reviewer's decision on a submitted version. */
public enum Decision {
    APPROVED, NEEDS_REVISION
}
