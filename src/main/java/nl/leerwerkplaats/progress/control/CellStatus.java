package nl.leerwerkplaats.progress.control;

import java.time.Instant;

/**
 * The state of one learner on one assignment, as shown in a cell of the progress grid. Completion wins over
 * lateness: a late completion is still {@link #COMPLETED}, and {@link #late} says whether it was late.
 */
public enum CellStatus {
    NOT_STARTED("progress.status.notStarted"),
    IN_PROGRESS("progress.status.inProgress"),
    COMPLETED("progress.status.completed"),
    OVERDUE("progress.status.overdue");

    private final String messageKey;

    CellStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The status for these facts; {@code completedAt} and {@code dueAt} may be null. */
    public static CellStatus of(boolean started, Instant completedAt, Instant dueAt, Instant now) {
        if (completedAt != null) {
            return COMPLETED;
        }
        if (dueAt != null && now.isAfter(dueAt)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }

    /** Whether the work was completed after the due moment; false when either is unknown. */
    public static boolean late(Instant completedAt, Instant dueAt) {
        return completedAt != null && dueAt != null && completedAt.isAfter(dueAt);
    }

    /** The resource bundle key for this status's label. */
    public String messageKey() {
        return messageKey;
    }
}
