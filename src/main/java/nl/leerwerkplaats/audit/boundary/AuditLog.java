package nl.leerwerkplaats.audit.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.DataChange;

/** Records admin and lecturer changes in the caller's transaction, so a change and its entry stand or fall together. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param action  what was done, a stable English word such as {@code record.revoked}
     * @param subject what it was done to, such as {@code record:CODE}
     */
    public AuditEntry record(Account actor, String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), em.find(Account.class, actor.getId()), action, subject,
                detail);
        em.persist(entry);
        return entry;
    }

    /** Changes fired by the features: written in the transaction that made them (public: an EJB observer). */
    public void on(@Observes DataChange change) {
        Account actor = em.find(Account.class, change.actorId());
        em.persist(new AuditEntry(clock.instant(), actor, change.action(), change.subject(), change.detail()));
    }

    public List<AuditEntry> of(String subject) {
        return em.createNamedQuery(AuditEntry.FIND_OF_SUBJECT, AuditEntry.class).setParameter("subject", subject)
                .getResultList();
    }

    /**
     * Entries in [from, until) whose actor, action, subject or detail contains {@code text} (any case), newest
     * first; at most {@code limit}.
     */
    public List<AuditEntry> search(String text, Instant from, Instant until, int limit) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        // A % or _ typed in the search box works as a wildcard; harmless on an admin's page.
        String pattern = "%" + needle + "%";
        return em.createNamedQuery(AuditEntry.SEARCH, AuditEntry.class).setParameter("from", from)
                .setParameter("until", until).setParameter("pattern", pattern).setMaxResults(limit).getResultList();
    }

    public List<AuditEntry> recent(int limit) {
        return em.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class).setMaxResults(limit).getResultList();
    }
}
