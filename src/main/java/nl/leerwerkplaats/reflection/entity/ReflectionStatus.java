package nl.leerwerkplaats.reflection.entity;

/** Where a reflection stands for its learner. */
public enum ReflectionStatus {
    DRAFT, SUBMITTED, NEEDS_REVISION, APPROVED;

    /** The learner may change the draft: before the first submission and after "needs revision". */
    public boolean isEditable() {
        return this == DRAFT || this == NEEDS_REVISION;
    }
}
