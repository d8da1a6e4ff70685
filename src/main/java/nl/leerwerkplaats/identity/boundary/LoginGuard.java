package nl.leerwerkplaats.identity.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.identity.control.LoginThrottle;

/**
 * Slows down password guessing with growing delays, per account and per client address. After 5 failures in a row
 * an account waits 15 s, then 30 s, ... up to 15 minutes, whichever address the attempts come from. An address
 * waits only after more failures ({@code LWP_LOGIN_ADDRESS_FAILURES}), because a campus network puts a whole
 * lecture room behind one address; then 5 s, 10 s, ... up to a minute. Kept per instance.
 */
@ApplicationScoped
public class LoginGuard {

    private static final int MAX_TRACKED = 10_000;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "lwp.login.address.failures", defaultValue = "50")
    int addressFreeFailures;

    @Inject
    Clock clock;

    private LoginThrottle accounts;
    private LoginThrottle addresses;

    @PostConstruct
    void create() {
        accounts = new LoginThrottle(5, Duration.ofSeconds(15), Duration.ofMinutes(15), FORGET_AFTER, MAX_TRACKED);
        addresses = new LoginThrottle(addressFreeFailures, Duration.ofSeconds(5), Duration.ofMinutes(1), FORGET_AFTER,
                MAX_TRACKED);
    }

    /** How long a login of {@code username} from {@code address} must wait; zero when it may be tried now. */
    public Duration waitFor(String username, String address) {
        Duration account = accounts.waitFor(key(username), clock.instant());
        Duration client = addresses.waitFor(address, clock.instant());
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(String username, String address) {
        accounts.failed(key(username), clock.instant());
        addresses.failed(address, clock.instant());
    }

    /** Only the account starts afresh: logging in to one's own account must not clear an address's guesses. */
    public void succeeded(String username) {
        accounts.succeeded(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
