package nl.leerwerkplaats.platform;

import java.util.Objects;

/**
 * A change of data by an admin or lecturer, fired as a CDI event by the feature that made it and written to the
 * audit log in the same transaction (audit feature). Features name the actor by id, so they need not know the log.
 *
 * @param actorId the account that made the change
 * @param action  a stable English name, {@code <thing>.<past tense>}, such as {@code class.archived}
 * @param subject what was changed, {@code <kind>:<id>}, such as {@code class:12}
 * @param detail  what an admin needs to understand the change later; no passwords, tokens or texts of learners
 */
public record DataChange(Long actorId, String action, String subject, String detail) {

    public DataChange {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }
}
