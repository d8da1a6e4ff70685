package nl.leerwerkplaats.certificate.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a certificate and its Open Badge show, frozen at the moment of completion, so the PDF and the badge
 * can be rendered again later and say exactly the same.
 *
 * @param code                32-character verification code
 * @param verifyUrl           absolute address where anyone can check the code, e.g. {@code https://host/verify/CODE}
 * @param registrationNumber  the learner's register number (SKJ), or null
 * @param moduleVersion       version label, e.g. {@code 2026.1}
 * @param studyHours          study load in hours, as the badge's credits
 * @param completionDate      the completion day in the platform's time zone
 * @param completedAt         the completion moment; the badge is valid from it
 * @param finalScore          final-test score in percent, or null when the module has no final test
 * @param register            accreditation register, e.g. {@code SKJ}, or null
 * @param accreditationStatus status as written in module.yaml, or null
 * @param activityId          the register's activity id, or null
 * @param points              accreditation points earned: null when not accredited, 0 when outside the window
 * @param outsideWindow       completed outside the accreditation window, so no points
 * @param accreditationUntil  end of the accreditation window, or null when open-ended
 */
public record CertificateData(String code, String verifyUrl, String learnerName, String registrationNumber,
                              String moduleKey, String moduleTitle, String moduleVersion, String moduleDescription,
                              String providerName, String providerUrl, int studyLoadMinutes, BigDecimal studyHours,
                              LocalDate completionDate, Instant completedAt, Integer finalScore, String register,
                              String accreditationStatus, String activityId, Integer points, boolean outsideWindow,
                              LocalDate accreditationFrom, LocalDate accreditationUntil) {

    public CertificateData {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(moduleKey, "moduleKey");
        Objects.requireNonNull(moduleTitle, "moduleTitle");
        Objects.requireNonNull(moduleVersion, "moduleVersion");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(studyHours, "studyHours");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** The module was accredited when completed, whether or not this completion earns points. */
    public boolean accredited() {
        return points != null;
    }

    /** This completion earns accreditation points. */
    public boolean earnsPoints() {
        return points != null && points > 0 && !outsideWindow;
    }

    /** The same, with the learner's name replaced and no registration number: for a name removed on request. */
    public CertificateData withoutLearner(String placeholderName) {
        return new CertificateData(code, verifyUrl, placeholderName, null, moduleKey, moduleTitle, moduleVersion,
                moduleDescription, providerName, providerUrl, studyLoadMinutes, studyHours, completionDate,
                completedAt, finalScore, register, accreditationStatus, activityId, points, outsideWindow,
                accreditationFrom, accreditationUntil);
    }

    public boolean hasRegistrationNumber() {
        return registrationNumber != null && !registrationNumber.isBlank();
    }
}
