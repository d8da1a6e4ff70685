package nl.leerwerkplaats.xapi.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.xapi.entity.StoredStatement;

/**
 * Reads stored statements for lecturers of a class and admins. Pages run by the statement's row id, so a page
 * boundary never skips or repeats a statement stored meanwhile.
 */
@Stateless
public class Statements {

    public static final int PAGE_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    /** Which statements to read; every field may be null. {@code after} is the last row id of the page before. */
    public record Filter(Long cohortId, Long learnerId, String verb, Instant since, Instant until, Long after,
                         int limit) {
    }

    /** Statements in storage order, at most {@code limit + 1} so the caller knows whether there are more. */
    public List<StoredStatement> find(Account reader, Filter filter) {
        Set<Long> learners = null;
        if (filter.cohortId() != null) {
            Cohort cohort = cohorts.manageableBy(filter.cohortId(), reader);
            learners = cohorts.members(cohort).stream().filter(m -> m.getMemberRole() == MemberRole.LEARNER)
                    .map(m -> m.getAccount().getId()).collect(java.util.stream.Collectors.toSet());
            if (filter.learnerId() != null) {
                learners.retainAll(Set.of(filter.learnerId()));
            }
            if (learners.isEmpty()) {
                return List.of();
            }
        } else if (!reader.hasRole(Role.ADMIN)) {
            // Without a class only an admin reads across the platform.
            throw new AccessDenied("statements without class");
        }
        StringBuilder jpql = new StringBuilder("select s from StoredStatement s where 1 = 1");
        if (learners != null) {
            jpql.append(" and s.account.id in :learners");
        } else if (filter.learnerId() != null) {
            jpql.append(" and s.account.id = :learner");
        }
        if (filter.verb() != null) {
            jpql.append(" and s.verb = :verb");
        }
        if (filter.since() != null) {
            jpql.append(" and s.storedAt > :since");
        }
        if (filter.until() != null) {
            jpql.append(" and s.storedAt <= :until");
        }
        if (filter.after() != null) {
            jpql.append(" and s.id > :after");
        }
        TypedQuery<StoredStatement> query = em.createQuery(jpql.append(" order by s.id").toString(),
                StoredStatement.class);
        if (learners != null) {
            query.setParameter("learners", learners);
        } else if (filter.learnerId() != null) {
            query.setParameter("learner", filter.learnerId());
        }
        if (filter.verb() != null) {
            query.setParameter("verb", filter.verb());
        }
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (filter.after() != null) {
            query.setParameter("after", filter.after());
        }
        return query.setMaxResults(Math.min(filter.limit(), PAGE_MAX) + 1).getResultList();
    }
}
