package nl.leerwerkplaats.progress.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether a learner is behind schedule on an assignment, by comparing their progress with a straight
 * line from the opening moment (0%) to the due moment (100%).
 */
public final class Schedule {

    /**
     * Percentage points a learner may trail the straight line before being flagged, so someone one lesson
     * behind is not reported on the first day.
     */
    public static final int TOLERANCE = 10;

    private Schedule() {
    }

    /**
     * The share of the period from {@code openAt} to {@code dueAt} that has elapsed at {@code now}, 0..100,
     * rounded down. Without a due moment this is 0; without a usable period (no opening moment, or one not
     * before the due moment) it is 100 from the due moment on and 0 before.
     */
    public static int expectedPercent(Instant openAt, Instant dueAt, Instant now) {
        if (dueAt == null) {
            return 0;
        }
        if (openAt == null || !openAt.isBefore(dueAt)) {
            return now.isBefore(dueAt) ? 0 : 100;
        }
        long period = Duration.between(openAt, dueAt).toMillis();
        long elapsed = Duration.between(openAt, now).toMillis();
        long percent = Math.floorDiv(Math.multiplyExact(elapsed, 100L), period);
        return (int) Math.max(0, Math.min(100, percent));
    }

    /**
     * Whether a learner at {@code percent} is behind: never once completed; always once overdue; otherwise
     * when {@code percent} is more than {@link #TOLERANCE} points below {@link #expectedPercent}.
     */
    public static boolean behind(int percent, boolean completed, Instant openAt, Instant dueAt, Instant now) {
        if (completed) {
            return false;
        }
        if (dueAt != null && now.isAfter(dueAt)) {
            return true;
        }
        return percent < expectedPercent(openAt, dueAt, now) - TOLERANCE;
    }
}
