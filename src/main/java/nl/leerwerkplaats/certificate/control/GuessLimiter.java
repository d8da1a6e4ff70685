package nl.leerwerkplaats.certificate.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Slows down anyone guessing verification codes: a client (by IP address) that misses {@code maxMisses} times within
 * a sliding window is blocked until its oldest counted miss leaves the window. Only misses count, so a register
 * checking many real codes is never blocked.
 *
 * <p>Memory is bounded by {@code maxKeys}. Past it, keys whose misses have all left the window go first; if that is
 * not enough, the key with the oldest last miss goes. The trade-off: an attacker with more than {@code maxKeys}
 * addresses can push a blocked address out early. Each address is still limited on its own, and the alternative,
 * refusing new addresses, would let an attacker block every honest visitor.
 *
 * <p>Thread-safe. Time is passed in, so tests move it without sleeping.
 */
public final class GuessLimiter {

    private final int maxMisses;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Misses> misses = new ConcurrentHashMap<>();
    private final Object eviction = new Object();

    public GuessLimiter(int maxMisses, Duration window, int maxKeys) {
        if (maxMisses < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("maxMisses and maxKeys must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window must be positive: " + window);
        }
        this.maxMisses = maxMisses;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** Whether {@code key} has {@code maxMisses} or more misses in the window (now - window, now]. */
    public boolean blocked(String key, Instant now) {
        Misses tracked = misses.get(Objects.requireNonNull(key, "key"));
        return tracked != null && tracked.oldestCounted(now, window, maxMisses) != null;
    }

    /** Records a failed lookup by {@code key}. */
    public void miss(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        while (!misses.computeIfAbsent(key, ignored -> new Misses()).add(now, maxMisses)) {
            // The entry was evicted between lookup and add; the next computeIfAbsent makes a fresh one.
        }
        if (misses.size() > maxKeys) {
            evict(now);
        }
    }

    /**
     * How long until {@code key} is no longer blocked, in whole seconds rounded up, for a Retry-After header:
     * {@link Duration#ZERO} when it is not blocked, at least one second when it is.
     */
    public Duration retryAfter(String key, Instant now) {
        Misses tracked = misses.get(Objects.requireNonNull(key, "key"));
        Instant oldest = tracked == null ? null : tracked.oldestCounted(now, window, maxMisses);
        if (oldest == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, oldest.plus(window));
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** The number of keys tracked now; for tests of the memory bound. */
    int trackedKeys() {
        return misses.size();
    }

    /** One evicting thread at a time, so concurrent misses do not evict more keys than needed. */
    private void evict(Instant now) {
        synchronized (eviction) {
            Instant stale = now.minus(window);
            for (Map.Entry<String, Misses> entry : misses.entrySet()) {
                if (misses.size() <= maxKeys) {
                    return;
                }
                retire(entry, last -> !last.isAfter(stale));
            }
            while (misses.size() > maxKeys) {
                misses.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().last()))
                        .ifPresent(entry -> retire(entry, last -> true));
            }
        }
    }

    private void retire(Map.Entry<String, Misses> entry, Predicate<Instant> lastMiss) {
        entry.getValue().retireIf(lastMiss, () -> misses.remove(entry.getKey(), entry.getValue()));
    }

    /**
     * One key's latest misses, oldest first, at most {@code maxMisses}: older ones can never decide a block. A
     * retired instance has left the map and refuses new misses, so no miss is lost to a concurrent eviction.
     */
    private static final class Misses {

        private final List<Instant> times = new ArrayList<>();
        private boolean retired;

        synchronized boolean add(Instant time, int maxMisses) {
            if (retired) {
                return false;
            }
            int at = Collections.binarySearch(times, time);
            times.add(at < 0 ? -at - 1 : at, time);
            if (times.size() > maxMisses) {
                times.remove(0);
            }
            return true;
        }

        /**
         * The oldest of the last {@code maxMisses} misses if they all fall in (now - window, now], so the key is
         * blocked until it leaves the window; else null.
         */
        synchronized Instant oldestCounted(Instant now, Duration window, int maxMisses) {
            Instant after = now.minus(window);
            long counted = times.stream().filter(time -> time.isAfter(after) && !time.isAfter(now)).count();
            return counted < maxMisses ? null : times.get(0);
        }

        synchronized Instant last() {
            return times.isEmpty() ? Instant.MIN : times.get(times.size() - 1);
        }

        /** Leaves the map through {@code remove} if the last miss passes; under this lock, so no add can race it. */
        synchronized void retireIf(Predicate<Instant> lastMiss, Runnable remove) {
            if (!retired && lastMiss.test(last())) {
                retired = true;
                remove.run();
            }
        }
    }
}
