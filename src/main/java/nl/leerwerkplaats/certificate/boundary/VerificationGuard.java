package nl.leerwerkplaats.certificate.boundary;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.certificate.control.GuessLimiter;

/**
 * Slows down guessing of verification codes: an address that looked up too many unknown codes in the window
 * gets "too many requests" until the oldest miss leaves it. Kept per instance; behind a cluster's load balancer
 * each member counts its own misses, which still bounds guessing far below the 2^160 codes.
 */
@ApplicationScoped
public class VerificationGuard {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    @Inject
    CertificateSettings settings;

    @Inject
    Clock clock;

    private GuessLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new GuessLimiter(settings.verifyMaxMisses(), settings.verifyWindow(), MAX_TRACKED_ADDRESSES);
    }

    public boolean blocked(String address) {
        return limiter.blocked(address, clock.instant());
    }

    public void miss(String address) {
        limiter.miss(address, clock.instant());
    }

    public Duration retryAfter(String address) {
        return limiter.retryAfter(address, clock.instant());
    }
}
