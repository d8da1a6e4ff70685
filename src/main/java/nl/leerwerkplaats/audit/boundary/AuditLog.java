package nl.leerwerkplaats.audit.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.identity.entity.Account;

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

    public List<AuditEntry> of(String subject) {
        return em.createNamedQuery(AuditEntry.FIND_OF_SUBJECT, AuditEntry.class).setParameter("subject", subject)
                .getResultList();
    }

    public List<AuditEntry> recent(int limit) {
        return em.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class).setMaxResults(limit).getResultList();
    }
}
