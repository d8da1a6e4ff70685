package nl.leerwerkplaats.platform;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Time comes from an injectable clock so that tests can move it; always UTC, shown in the platform zone.
 * It ticks in microseconds, the precision PostgreSQL stores: an instant read back equals the one written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
