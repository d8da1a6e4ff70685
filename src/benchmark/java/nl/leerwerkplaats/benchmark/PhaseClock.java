package nl.leerwerkplaats.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** When each phase's first user started and its last one finished, for rates per phase (Gatling's are per run). */
final class PhaseClock {

    record Span(long startMillis, long endMillis) {
        double seconds() {
            return Math.max(1, endMillis - startMillis) / 1000.0;
        }
    }

    private static final Map<String, Span> SPANS = new ConcurrentHashMap<>();

    private PhaseClock() {
    }

    /** A user of the phase starts or ends now: the phase's span grows to include this moment. */
    static void now(String phase) {
        long now = System.currentTimeMillis();
        SPANS.merge(phase, new Span(now, now), (a, b) -> new Span(Math.min(a.startMillis, now), Math.max(a.endMillis, now)));
    }

    static Map<String, Span> spans() {
        return new TreeMap<>(SPANS);
    }
}
