package nl.leerwerkplaats.privacy.boundary;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.certificate.boundary.NameRemoval;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.reflection.boundary.ReflectionRetention;

/**
 * An admin anonymises an account on its owner's request (AVG/GDPR article 17), in one transaction: name, e-mail,
 * user name, SKJ registration and student numbers go, the account can no longer log in, its one-time links,
 * calendar address and notifications are deleted, its reflection texts removed. Attempts, scores, progress and
 * reflection statuses stay, tied to the anonymous account, so class statistics keep adding up. Completion records
 * stay verifiable, without the name. The audit log says who did it and when, never what was removed.
 */
@Stateless
public class Anonymisation {

    public static final String ANONYMISED = "account.anonymised";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    NameRemoval nameRemoval;

    @Inject
    ReflectionRetention reflections;

    public Account anonymise(Account admin, Long accountId) {
        Account actor = em.find(Account.class, admin.getId());
        if (actor == null || !actor.hasRole(Role.ADMIN)) {
            throw new AccessDenied("anonymise account " + accountId);
        }
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("privacy.anonymise.unknown", null);
        }
        if (account.hasRole(Role.ADMIN)) {
            throw new BusinessException("privacy.anonymise.admin", null);
        }
        if (account.isAnonymised()) {
            throw new BusinessException("privacy.anonymise.already", null);
        }
        int records = nameRemoval.removeNames(account).size();
        int texts = reflections.removeTexts(account);
        for (String entity : new String[] {"AccountToken", "CalendarFeed", "Notification"}) {
            em.createQuery("delete from " + entity + " e where e.account = :account")
                    .setParameter("account", account).executeUpdate();
        }
        em.createQuery("select m from CohortMember m where m.account = :account", CohortMember.class)
                .setParameter("account", account).getResultList().forEach(CohortMember::forgetStudentNumber);
        account.anonymise(clock.instant());
        auditLog.record(actor, ANONYMISED, "account:" + account.getId(),
                "records without name: " + records + ", reflections without text: " + texts);
        return account;
    }
}
