package nl.leerwerkplaats.xapi.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.xapi.entity.StoredStatement;

/** The statements an external LRS has not taken yet, and the bookkeeping of each try. */
@Stateless
public class StatementOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A batch to send: ids and JSON bodies, oldest first, skipping those waiting for their next try. */
    public record Batch(List<Long> ids, String json) {
    }

    public Batch pending(int max) {
        List<StoredStatement> due = em.createNamedQuery(StoredStatement.FIND_TO_FORWARD, StoredStatement.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
        String json = "[" + String.join(",", due.stream().map(StoredStatement::getBody).toList()) + "]";
        return new Batch(due.stream().map(StoredStatement::getId).toList(), json);
    }

    public void delivered(List<Long> ids) {
        Instant now = clock.instant();
        ids.forEach(id -> em.find(StoredStatement.class, id).forwarded(now));
    }

    public void refused(List<Long> ids) {
        Instant now = clock.instant();
        ids.forEach(id -> em.find(StoredStatement.class, id).forwardFailed(now));
    }
}
