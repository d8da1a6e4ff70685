package nl.leerwerkplaats.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed logins, per key (an account name or a client address), instead of a lockout that
 * an attacker could use to shut a learner out for good. After {@code failuresBeforeDelay} failures in a row the key
 * waits {@code firstDelay} before its next attempt, and twice as long after each further failure, at most
 * {@code maxDelay}. A key that has not failed for {@code forgetAfter} starts afresh.
 *
 * <p>Memory is bounded by {@code maxKeys}: past it, forgotten keys go first, then those whose last failure is
 * oldest. Thread-safe; time is passed in, so tests move it without sleeping.
 */
public final class LoginThrottle {

    private final int failuresBeforeDelay;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final int maxKeys;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int failuresBeforeDelay, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                         int maxKeys) {
        if (failuresBeforeDelay < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("failuresBeforeDelay and maxKeys must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("Need 0 < firstDelay <= maxDelay <= forgetAfter");
        }
        this.failuresBeforeDelay = failuresBeforeDelay;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} must still wait before its next attempt; {@link Duration#ZERO} when it may try now. */
    public Duration waitFor(String key, Instant now) {
        Failures tracked = failures.get(Objects.requireNonNull(key, "key"));
        if (tracked == null) {
            return Duration.ZERO;
        }
        Failures.Snapshot last = tracked.snapshot();
        if (forgotten(last, now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.at().plus(delayAfter(last.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failed attempt by {@code key}. */
    public void failed(String key, Instant now) {
        failures.compute(Objects.requireNonNull(key, "key"), (ignored, tracked) -> {
            Failures next = tracked == null ? new Failures() : tracked;
            next.add(now, forgetAfter);
            return next;
        });
        if (failures.size() > maxKeys) {
            evict(now);
        }
    }

    /** A successful login: the key's failures are forgotten. */
    public void succeeded(String key) {
        failures.remove(Objects.requireNonNull(key, "key"));
    }

    /** The wait imposed after {@code count} failures in a row. */
    Duration delayAfter(int count) {
        int beyond = count - failuresBeforeDelay;
        if (beyond < 0) {
            return Duration.ZERO;
        }
        // Doubling stops at the cap; the shift is bounded so it never overflows.
        long factor = 1L << Math.min(beyond, 40);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    int trackedKeys() {
        return failures.size();
    }

    private boolean forgotten(Failures.Snapshot last, Instant now) {
        return !now.isBefore(last.at().plus(forgetAfter));
    }

    private synchronized void evict(Instant now) {
        failures.entrySet().removeIf(entry -> forgotten(entry.getValue().snapshot(), now));
        while (failures.size() > maxKeys) {
            failures.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().snapshot().at()))
                    .ifPresent(entry -> failures.remove(entry.getKey(), entry.getValue()));
        }
    }

    /** One key's failures in a row and when the last one happened. */
    private static final class Failures {

        record Snapshot(int count, Instant at) {
        }

        private int count;
        private Instant at = Instant.MIN;

        synchronized void add(Instant now, Duration forgetAfter) {
            boolean stale = !now.isBefore(at.plus(forgetAfter));
            count = stale ? 1 : count + 1;
            at = now.isAfter(at) ? now : at;
        }

        synchronized Snapshot snapshot() {
            return new Snapshot(count, at);
        }
    }
}
