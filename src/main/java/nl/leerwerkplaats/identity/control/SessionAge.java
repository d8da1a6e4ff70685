package nl.leerwerkplaats.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The absolute limit on a logged-in session: however active, it ends this long after the login, so a session
 * taken over (a forgotten computer in a lecture room, a stolen cookie) does not live on for days.
 */
public record SessionAge(Duration maxAge) {

    public SessionAge {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("The session's maximum age must be positive: " + maxAge);
        }
    }

    /** Whether a session whose login was at {@code loggedInAt} has reached its end at {@code now}. */
    public boolean over(Instant loggedInAt, Instant now) {
        return !now.isBefore(loggedInAt.plus(maxAge));
    }
}
