package nl.leerwerkplaats.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(15), Duration.ofMinutes(15),
            Duration.ofHours(1), 100);

    private void fail(String key, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key, at);
        }
    }

    @Test
    @DisplayName("the first failures cost nothing; the third in a row makes the key wait the first delay")
    void freeFailuresThenFirstDelay() {
        fail("anna", 2, T0);
        assertEquals(Duration.ZERO, throttle.waitFor("anna", T0));
        throttle.failed("anna", T0);
        assertEquals(Duration.ofSeconds(15), throttle.waitFor("anna", T0));
        assertEquals(Duration.ofSeconds(5), throttle.waitFor("anna", T0.plusSeconds(10)));
        assertEquals(Duration.ZERO, throttle.waitFor("anna", T0.plusSeconds(15)));
    }

    @Test
    @DisplayName("each further failure doubles the delay, up to the maximum: a delay, never a lockout")
    void delaysDoubleUpToTheCap() {
        List<Duration> delays = new ArrayList<>();
        for (int failure = 1; failure <= 12; failure++) {
            delays.add(throttle.delayAfter(failure));
        }
        assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofSeconds(480),
                Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15)),
                delays);
        assertEquals(Duration.ofMinutes(15), throttle.delayAfter(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    @DisplayName("the delay runs from the last failure")
    void delayRunsFromLastFailure() {
        fail("anna", 4, T0);
        throttle.failed("anna", T0.plusSeconds(20));
        assertEquals(Duration.ofSeconds(60), throttle.waitFor("anna", T0.plusSeconds(20)));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("anna", T0.plusSeconds(79)));
    }

    @Test
    @DisplayName("keys are counted apart")
    void keysApart() {
        fail("anna", 5, T0);
        assertTrue(throttle.waitFor("anna", T0).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("bram", T0));
    }

    @Test
    @DisplayName("success forgets the failures")
    void successForgets() {
        fail("anna", 5, T0);
        throttle.succeeded("anna");
        assertEquals(Duration.ZERO, throttle.waitFor("anna", T0));
        fail("anna", 2, T0);
        assertEquals(Duration.ZERO, throttle.waitFor("anna", T0), "free failures again");
    }

    @Test
    @DisplayName("an hour without failures starts the key afresh")
    void quietKeyForgotten() {
        fail("anna", 12, T0);
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("anna", T0));
        Instant later = T0.plus(Duration.ofHours(1));
        assertEquals(Duration.ZERO, throttle.waitFor("anna", later));
        throttle.failed("anna", later);
        assertEquals(Duration.ZERO, throttle.waitFor("anna", later), "counted from one again");
    }

    @Test
    @DisplayName("memory stays bounded: forgotten and oldest keys go first")
    void memoryBound() {
        LoginThrottle small = new LoginThrottle(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1),
                10);
        for (int i = 0; i < 1000; i++) {
            small.failed("key" + i, T0.plusSeconds(i));
        }
        assertTrue(small.trackedKeys() <= 10, "tracked " + small.trackedKeys());
        assertTrue(small.waitFor("key999", T0.plusSeconds(999)).compareTo(Duration.ZERO) > 0, "the newest key is kept");
    }

    @Test
    @DisplayName("concurrent failures are all counted: 8 threads x 1,000 failures")
    void concurrentFailuresCounted() throws Exception {
        // Delays from the 7,990th failure: the 8,000th waits 2^10 s; one lost update would halve it.
        LoginThrottle counting = new LoginThrottle(7990, Duration.ofSeconds(1), Duration.ofDays(1000),
                Duration.ofDays(1000), 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        counting.failed("shared", T0);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Duration.ofSeconds(1024), counting.waitFor("shared", T0));
    }

    @Test
    @DisplayName("nonsensical settings are refused")
    void settingsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(1, Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(2), 1));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(1, Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(2), 1));
    }
}
