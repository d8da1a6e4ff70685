package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rate limiting of verification-code guesses per client, with time passed in (no sleeping). */
class GuessLimiterTest {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String IP = "203.0.113.7";

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static void miss(GuessLimiter limiter, String key, int times, Instant now) {
        for (int index = 0; index < times; index++) {
            limiter.miss(key, now);
        }
    }

    @Test
    @DisplayName("Below the limit a client may keep trying")
    void belowLimit() {
        GuessLimiter limiter = new GuessLimiter(5, WINDOW, 100);
        assertFalse(limiter.blocked(IP, T0));
        miss(limiter, IP, 4, T0);
        assertFalse(limiter.blocked(IP, T0));
        assertEquals(Duration.ZERO, limiter.retryAfter(IP, T0));
    }

    @Test
    @DisplayName("At the limit the client is blocked until its oldest counted miss leaves the window")
    void atLimit() {
        GuessLimiter limiter = new GuessLimiter(5, WINDOW, 100);
        for (int index = 0; index < 5; index++) {
            limiter.miss(IP, at(60L * index));
        }
        Instant now = at(240);
        assertTrue(limiter.blocked(IP, now));
        assertEquals(WINDOW.minusSeconds(240), limiter.retryAfter(IP, now));
        Instant free = now.plus(limiter.retryAfter(IP, now));
        assertTrue(limiter.blocked(IP, free.minusNanos(1)));
        assertFalse(limiter.blocked(IP, free));
    }

    @Test
    @DisplayName("The window slides: a miss exactly one window old no longer counts, one a nanosecond younger does")
    void windowSlides() {
        GuessLimiter limiter = new GuessLimiter(3, WINDOW, 100);
        limiter.miss(IP, at(0));
        limiter.miss(IP, at(100));
        limiter.miss(IP, at(200));
        assertTrue(limiter.blocked(IP, at(200)));
        assertTrue(limiter.blocked(IP, T0.plus(WINDOW).minusNanos(1)));
        assertFalse(limiter.blocked(IP, T0.plus(WINDOW)));
        assertEquals(Duration.ZERO, limiter.retryAfter(IP, T0.plus(WINDOW)));
        limiter.miss(IP, T0.plus(WINDOW));
        assertTrue(limiter.blocked(IP, T0.plus(WINDOW)), "a new miss fills the place of the one that left");
        assertEquals(Duration.ofSeconds(100), limiter.retryAfter(IP, T0.plus(WINDOW)));
    }

    @Test
    @DisplayName("Keeping on guessing while blocked keeps the client blocked: the latest misses decide")
    void latestMissesDecide() {
        GuessLimiter limiter = new GuessLimiter(3, WINDOW, 100);
        for (int second = 0; second <= 1200; second += 100) {
            limiter.miss(IP, at(second));
        }
        assertTrue(limiter.blocked(IP, at(1200)));
        assertEquals(WINDOW.minusSeconds(200), limiter.retryAfter(IP, at(1200)), "until the miss at 1000 s leaves");
    }

    @Test
    @DisplayName("A miss later than 'now' does not count yet")
    void futureMiss() {
        GuessLimiter limiter = new GuessLimiter(1, WINDOW, 100);
        limiter.miss(IP, at(10));
        assertFalse(limiter.blocked(IP, at(9)));
        assertTrue(limiter.blocked(IP, at(10)));
    }

    @Test
    @DisplayName("Retry-After is in whole seconds, rounded up, and at least one second while blocked")
    void retryAfterRounding() {
        GuessLimiter limiter = new GuessLimiter(1, WINDOW, 100);
        limiter.miss(IP, T0);
        assertEquals(Duration.ofSeconds(1), limiter.retryAfter(IP, T0.plus(WINDOW).minusNanos(1)));
        assertEquals(Duration.ofSeconds(2), limiter.retryAfter(IP, T0.plus(WINDOW).minusMillis(1200)));
        assertEquals(WINDOW, limiter.retryAfter(IP, T0));
    }

    @Test
    @DisplayName("Clients are counted apart")
    void keysIndependent() {
        GuessLimiter limiter = new GuessLimiter(2, WINDOW, 100);
        miss(limiter, IP, 2, T0);
        limiter.miss("198.51.100.1", T0);
        assertTrue(limiter.blocked(IP, T0));
        assertFalse(limiter.blocked("198.51.100.1", T0));
        assertFalse(limiter.blocked("2001:db8::1", T0));
        assertEquals(Duration.ZERO, limiter.retryAfter("198.51.100.1", T0));
    }

    @Test
    @DisplayName("Asking does not track a key; only misses do")
    void onlyMissesTracked() {
        GuessLimiter limiter = new GuessLimiter(2, WINDOW, 100);
        for (int index = 0; index < 500; index++) {
            limiter.blocked("10.0.0." + index, T0);
            limiter.retryAfter("10.0.1." + index, T0);
        }
        assertEquals(0, limiter.trackedKeys());
    }

    @Test
    @DisplayName("Memory bound: never more than maxKeys; keys still in the window outlive keys that left it")
    void memoryBound() {
        GuessLimiter limiter = new GuessLimiter(1, WINDOW, 50);
        for (int index = 0; index < 1000; index++) {
            limiter.miss("key" + index, at(60L * index));
            assertTrue(limiter.trackedKeys() <= 50);
        }
        Instant now = at(60L * 999);
        for (int index = 985; index < 1000; index++) {
            assertTrue(limiter.blocked("key" + index, now), "key" + index + " is within the window and kept");
        }
    }

    @Test
    @DisplayName("When every key is in the window, the key with the oldest last miss is dropped first")
    void dropsOldestLastMiss() {
        GuessLimiter limiter = new GuessLimiter(1, WINDOW, 3);
        limiter.miss("b", at(2));
        limiter.miss("a", at(1));
        limiter.miss("c", at(3));
        limiter.miss("a", at(4));
        limiter.miss("d", at(5));
        assertEquals(3, limiter.trackedKeys());
        assertFalse(limiter.blocked("b", at(5)), "b's last miss was the oldest");
        assertTrue(limiter.blocked("a", at(5)));
        assertTrue(limiter.blocked("c", at(5)));
        assertTrue(limiter.blocked("d", at(5)));
    }

    @Test
    @DisplayName("8 threads missing at once on one key: every miss is counted")
    void concurrentMissesCountedExactly() throws Exception {
        int threads = 8;
        int each = 10_000;
        GuessLimiter limiter = new GuessLimiter(threads * each + 1, WINDOW, 100);
        // Many misses, interleaved in time across threads, so an unguarded list would lose some.
        runConcurrently(threads, thread -> {
            for (int index = 0; index < each; index++) {
                limiter.miss(IP, T0.plusNanos((long) index * threads + thread));
            }
        });
        Instant now = T0.plusSeconds(1);
        assertFalse(limiter.blocked(IP, now), "80000 misses, one below the limit");
        limiter.miss(IP, now);
        assertTrue(limiter.blocked(IP, now), "the next one reaches it, so none was lost");
    }

    @Test
    @DisplayName("8 threads with many keys at once: the bound holds and a busy key keeps all its misses")
    void concurrentEviction() throws Exception {
        int threads = 8;
        GuessLimiter limiter = new GuessLimiter(threads * 200 + 1, WINDOW, 64);
        runConcurrently(threads, thread -> {
            for (int index = 0; index < 200; index++) {
                limiter.miss("t" + thread + "-" + index, at(1));
                limiter.miss(IP, at(2));
            }
        });
        assertTrue(limiter.trackedKeys() <= 64, () -> limiter.trackedKeys() + " keys");
        limiter.miss(IP, at(2));
        assertTrue(limiter.blocked(IP, at(2)), "the busy key has the newest misses, so it is never dropped");
    }

    interface Task {
        void run(int thread);
    }

    /** Starts all threads at one latch, so they really overlap, and rethrows any failure. */
    static void runConcurrently(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int number = thread;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    task.run(number);
                    return null;
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Limits must be positive")
    void invalid() {
        assertThrows(IllegalArgumentException.class, () -> new GuessLimiter(0, WINDOW, 10));
        assertThrows(IllegalArgumentException.class, () -> new GuessLimiter(5, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new GuessLimiter(5, WINDOW.negated(), 10));
        assertThrows(IllegalArgumentException.class, () -> new GuessLimiter(5, WINDOW, 0));
    }
}
