package nl.leerwerkplaats.reflection.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.reflection.entity.Reflection;

/**
 * Privacy: removes reflection texts that are no longer needed. With {@code LWP_REFLECTION_RETENTION_DAYS} set,
 * the texts of learners whose classes were all archived longer ago than that go; unset, texts are kept. The
 * reflections themselves stay (status, versions, decisions, scores), so progress and completions still count.
 */
@Stateless
public class ReflectionRetention {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lwp.reflection.retention.days")
    Optional<Integer> retentionDays;

    public Optional<Integer> retentionDays() {
        return retentionDays.filter(days -> days >= 0);
    }

    /** The configured purge; nothing when no retention period is set. */
    public int purge() {
        return retentionDays().map(this::purge).orElse(0);
    }

    /**
     * Removes the texts of every learner of a class archived more than {@code days} ago who is in no class that
     * is still running (a learner who moved on to next year's class keeps their texts).
     *
     * @return the number of reflections whose texts were removed
     */
    public int purge(int days) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        List<Account> learners = em.createQuery("select distinct m.account from CohortMember m "
                        + "where m.memberRole = :learner and m.cohort.archivedAt is not null "
                        + "and m.cohort.archivedAt < :cutoff", Account.class)
                .setParameter("learner", MemberRole.LEARNER).setParameter("cutoff", cutoff).getResultList();
        int removed = 0;
        for (Account learner : learners) {
            long running = em.createQuery("select count(m) from CohortMember m where m.account = :account "
                    + "and m.removedAt is null and m.cohort.archivedAt is null", Long.class)
                    .setParameter("account", learner).getSingleResult();
            if (running == 0) {
                removed += removeTexts(learner);
            }
        }
        return removed;
    }

    /** Removes the texts of all of this learner's reflections (for anonymisation as well). */
    public int removeTexts(Account learner) {
        List<Reflection> reflections = em.createQuery("select r from Reflection r where r.account = :account "
                + "and r.textsRemovedAt is null", Reflection.class).setParameter("account", learner).getResultList();
        Instant now = clock.instant();
        reflections.forEach(reflection -> reflection.removeTexts(now));
        return reflections.size();
    }
}
