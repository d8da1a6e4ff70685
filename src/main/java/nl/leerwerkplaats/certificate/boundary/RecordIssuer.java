package nl.leerwerkplaats.certificate.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.jose.jwk.RSAKey;

import nl.leerwerkplaats.catalog.entity.Accreditation;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.control.BadgeCredential;
import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.control.BadgeUrls;
import nl.leerwerkplaats.certificate.control.CertificateData;
import nl.leerwerkplaats.certificate.control.PointsAward;
import nl.leerwerkplaats.certificate.control.StudyHours;
import nl.leerwerkplaats.certificate.control.VerificationCodes;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.ModuleCompleted;

/**
 * Issues a completion record the moment a module version is completed, in the same transaction: the learner's
 * name, registration number, the module as it was, the points its accreditation gave on that date, and an Open
 * Badge signed with the issuer key. Completing a newer version later issues another record.
 */
@Stateless
public class RecordIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlatformSettings platform;

    @Inject
    CertificateSettings settings;

    @Inject
    IssuerKeyStore keys;

    @Inject
    Notifications notifications;

    public void moduleCompleted(@Observes ModuleCompleted event) {
        issue(event.start(), event.finalScore());
    }

    /** The record of this completion; issued once, so a repeated event finds the first. */
    public CompletionRecord issue(ModuleStart start, Integer finalScore) {
        List<CompletionRecord> existing = em.createNamedQuery(CompletionRecord.FIND_BY_START, CompletionRecord.class)
                .setParameter("start", start).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        String code = VerificationCodes.generate(RANDOM);
        CertificateData data = dataOf(start, finalScore, code);
        Accreditation accreditation = start.getModuleVersion().getAccreditation();
        RSAKey key = keys.signingKey();
        String jwt = BadgeSigner.sign(BadgeCredential.of(data, urls(code, start.getModuleVersion())), key);
        CompletionRecord issued = new CompletionRecord(start, data,
                accreditation != null && accreditation.accredited() ? accreditation.points() : null,
                new CompletionRecord.Issue(clock.instant(), key.getKeyID(), jwt));
        em.persist(issued);
        notifications.notify(start.getAccount(), "notify.recordIssued", data.moduleTitle(), "/certificates/");
        return issued;
    }

    private CertificateData dataOf(ModuleStart start, Integer finalScore, String code) {
        Account learner = start.getAccount();
        ModuleVersion version = start.getModuleVersion();
        LocalDate date = LocalDate.ofInstant(start.getCompletedAt(), platform.timeZone());
        Accreditation accreditation = version.getAccreditation();
        boolean accredited = accreditation != null && accreditation.accredited();
        PointsAward award = PointsAward.of(accreditation, date);
        return new CertificateData(code, verifyUrl(settings.base(), code), learner.getDisplayName(),
                learner.getSkjNumber(), version.getModuleKey(), version.getTitle(), version.getLabel(),
                version.getSummary(), settings.providerName(), settings.providerUrl(), version.getStudyLoadMinutes(),
                StudyHours.of(version.getStudyLoadMinutes()), date, start.getCompletedAt(), finalScore,
                accreditation == null ? null : accreditation.register(),
                accreditation == null ? null : accreditation.status(),
                accredited ? accreditation.activityId() : null, award.points(), award.outsideWindow(),
                accredited ? accreditation.validFrom() : null, accredited ? accreditation.validUntil() : null);
    }

    private BadgeUrls urls(String code, ModuleVersion version) {
        String base = settings.base();
        return new BadgeUrls(verifyUrl(base, code), base + IssuerResource.PROFILE_PATH,
                base + IssuerResource.achievementPath(version.getModuleKey(), version.getLabel()),
                base + "/learning/module.xhtml?id=" + version.getModuleKey());
    }

    /** The public page that shows a record: what the QR code on the certificate opens. */
    public static String verifyUrl(String base, String code) {
        return base + "/verify/" + code;
    }
}
