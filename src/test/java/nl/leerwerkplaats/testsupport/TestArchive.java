package nl.leerwerkplaats.testsupport;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Moves a class's archive date into the past, so a retention period can have passed without waiting for it. */
@Stateless
public class TestArchive {

    @PersistenceContext
    EntityManager em;

    public void moveArchiveDate(Long cohortId, Instant archivedAt) {
        int updated = em.createQuery("update Cohort c set c.archivedAt = :at where c.id = :id")
                .setParameter("at", archivedAt).setParameter("id", cohortId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no class " + cohortId);
        }
    }
}
