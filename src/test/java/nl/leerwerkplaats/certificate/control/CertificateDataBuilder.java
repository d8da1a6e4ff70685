package nl.leerwerkplaats.certificate.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Certificate data for tests: an accredited SKJ module completed with a score, changed one field at a time. */
final class CertificateDataBuilder {

    static final String CODE = "ABCD2345EFGH6789JKLM2345NPQR6789";
    static final String VERIFY_URL = "https://leren.example.nl/verify/" + CODE;

    private String learnerName = "Anna de Vries";
    private String registrationNumber = "110012345";
    private String moduleTitle = "Normaliseren in de jeugdzorg";
    private String moduleDescription = "Wat normaliseren is en hoe je het in je werk toepast.";
    private String providerUrl = "https://leren.example.nl";
    private BigDecimal studyHours = new BigDecimal("1.5");
    private Integer finalScore = 85;
    private String register = "SKJ";
    private String status = "geaccrediteerd";
    private String activityId = "12345";
    private Integer points = 2;
    private boolean outsideWindow;
    private LocalDate accreditationUntil = LocalDate.of(2027, 12, 31);

    static CertificateDataBuilder certificate() {
        return new CertificateDataBuilder();
    }

    CertificateDataBuilder learnerName(String value) {
        learnerName = value;
        return this;
    }

    CertificateDataBuilder registrationNumber(String value) {
        registrationNumber = value;
        return this;
    }

    CertificateDataBuilder moduleTitle(String value) {
        moduleTitle = value;
        return this;
    }

    CertificateDataBuilder moduleDescription(String value) {
        moduleDescription = value;
        return this;
    }

    CertificateDataBuilder providerUrl(String value) {
        providerUrl = value;
        return this;
    }

    CertificateDataBuilder studyHours(String value) {
        studyHours = new BigDecimal(value);
        return this;
    }

    CertificateDataBuilder finalScore(Integer value) {
        finalScore = value;
        return this;
    }

    CertificateDataBuilder notAccredited() {
        register = null;
        status = "niet geaccrediteerd";
        activityId = null;
        points = null;
        outsideWindow = false;
        return this;
    }

    CertificateDataBuilder outsideWindow() {
        points = 0;
        outsideWindow = true;
        accreditationUntil = LocalDate.of(2026, 6, 30);
        return this;
    }

    CertificateData build() {
        return new CertificateData(CODE, VERIFY_URL, learnerName, registrationNumber, "normaliseren-basis",
                moduleTitle, "2026.1", moduleDescription, "Leernetwerk Normaliseren", providerUrl, 90, studyHours,
                LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T14:05:09.123Z"), finalScore, register, status,
                activityId, points, outsideWindow, LocalDate.of(2026, 1, 1), accreditationUntil);
    }
}
