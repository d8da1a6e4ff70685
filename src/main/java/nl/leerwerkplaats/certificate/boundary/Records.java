package nl.leerwerkplaats.certificate.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.control.PointsOverview;
import nl.leerwerkplaats.certificate.control.RegistrationPeriod;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;

/** A learner's own records and points, and the admin's: all records of a period, and revocation. */
@Stateless
public class Records {

    /** The register whose points the overview counts. */
    public static final String SKJ = "SKJ";
    static final String REVOKED = "record.revoked";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    Verification verification;

    @Inject
    CertificateSettings settings;

    @Inject
    nl.leerwerkplaats.platform.PlatformSettings platform;

    public List<CompletionRecord> of(Account learner) {
        return em.createNamedQuery(CompletionRecord.FIND_OF_ACCOUNT, CompletionRecord.class)
                .setParameter("account", learner).getResultList();
    }

    /** A record its learner or an admin may download; anyone else is told it does not exist. */
    public CompletionRecord owned(Account caller, String code) {
        CompletionRecord record = verification.find(code).orElseThrow(() -> new AccessDenied("record " + code));
        if (!record.getAccount().equals(caller) && !caller.hasRole(Role.ADMIN)) {
            throw new AccessDenied("record " + code);
        }
        return record;
    }

    /** Every record completed from {@code from} through {@code until}, for the register's points. */
    public List<CompletionRecord> inPeriod(LocalDate from, LocalDate until) {
        return em.createNamedQuery(CompletionRecord.FIND_IN_PERIOD, CompletionRecord.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /**
     * Points earned with SKJ-registered records in the learner's current 5-year registration period; null when
     * the profile has no registration start date.
     */
    public PointsOverview skjPoints(Account learner) {
        Account current = em.find(Account.class, learner.getId());
        if (current.getSkjRegistrationStart() == null) {
            return null;
        }
        RegistrationPeriod period = RegistrationPeriod.containing(current.getSkjRegistrationStart(),
                LocalDate.now(clock.withZone(platform.timeZone())));
        List<PointsOverview.EarnedRecord> earned = of(current).stream()
                .filter(r -> SKJ.equalsIgnoreCase(r.getRegister()) && r.getPoints() != null)
                .map(r -> new PointsOverview.EarnedRecord(r.getCode(), r.getModuleTitle(), r.getCompletionDate(),
                        r.getPoints(), r.isRevoked()))
                .toList();
        return PointsOverview.of(period, settings.skjRequiredPoints(), earned);
    }

    /** Revokes at once (the verification page shows it on the next look) and writes the audit entry. */
    public CompletionRecord revoke(Account admin, String code, String reason) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDenied("revoke " + code);
        }
        CompletionRecord record = verification.find(code).orElseThrow(() -> new AccessDenied("record " + code));
        em.lock(record, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(record);
        if (record.isRevoked()) {
            throw new BusinessException("records.alreadyRevoked", "reason");
        }
        record.revoke(em.find(Account.class, admin.getId()), clock.instant(), reason.trim());
        auditLog.record(admin, REVOKED, subject(record), reason.trim());
        return record;
    }

    /** The achievement of a module version as the newest badge for it states it; empty before any was issued. */
    public java.util.Optional<jakarta.json.JsonObject> achievement(String moduleKey, String versionLabel) {
        return em.createQuery("select r.credentialJwt from CompletionRecord r where r.moduleKey = :key "
                        + "and r.moduleVersionLabel = :label order by r.id desc", String.class)
                .setParameter("key", moduleKey).setParameter("label", versionLabel).setMaxResults(1)
                .getResultStream().findFirst().map(jwt -> BadgeSigner.credentialOf(jwt)
                        .getJsonObject("credentialSubject").getJsonObject("achievement"));
    }

    public List<AuditEntry> history(CompletionRecord record) {
        return auditLog.of(subject(record));
    }

    private static String subject(CompletionRecord record) {
        return "record:" + record.getCode();
    }
}
