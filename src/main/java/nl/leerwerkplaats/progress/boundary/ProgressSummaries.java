package nl.leerwerkplaats.progress.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.progress.entity.ProgressSummary;

/** Reads the kept summaries: a learner's own, for their dashboard and module pages. */
@Stateless
public class ProgressSummaries {

    @PersistenceContext
    EntityManager em;

    public List<ProgressSummary> of(Account learner) {
        return em.createNamedQuery(ProgressSummary.FIND_OF_ACCOUNT, ProgressSummary.class)
                .setParameter("account", em.find(Account.class, learner.getId())).getResultList();
    }

    public java.util.Optional<ProgressSummary> of(Account learner, CourseModule module) {
        return em.createNamedQuery(ProgressSummary.FIND, ProgressSummary.class)
                .setParameter("account", em.find(Account.class, learner.getId())).setParameter("module", module)
                .getResultStream().findFirst();
    }
}
