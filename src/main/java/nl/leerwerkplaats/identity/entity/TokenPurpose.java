package nl.leerwerkplaats.identity.entity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
    /** Set a first password after a lecturer imported the student. */
    INVITATION(Duration.ofDays(14)),
    /** Choose a new password; short-lived because it replaces the password outright. */
    PASSWORD_RESET(Duration.ofHours(2)),
    /** Confirm that the e-mail address belongs to the account holder. */
    EMAIL_VERIFICATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
