package nl.leerwerkplaats.certificate.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.control.CertificateData;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * What a learner proved by completing one module version, frozen when it was issued: only revocation and the
 * removal of the learner's name on request change it; neither a content update nor a profile change can.
 */
@Entity
@Table(name = "completion_record")
@NamedQuery(name = CompletionRecord.FIND_BY_CODE, query = "select r from CompletionRecord r where r.code = :code")
@NamedQuery(name = CompletionRecord.FIND_BY_START, query = "select r from CompletionRecord r "
        + "where r.moduleStart = :start")
@NamedQuery(name = CompletionRecord.FIND_OF_ACCOUNT, query = "select r from CompletionRecord r "
        + "where r.account = :account order by r.completedAt desc, r.id desc")
@NamedQuery(name = CompletionRecord.FIND_IN_PERIOD, query = "select r from CompletionRecord r "
        + "where r.completionDate >= :from and r.completionDate <= :until order by r.completionDate, r.id")
public class CompletionRecord extends BaseEntity {

    public static final String FIND_BY_CODE = "CompletionRecord.findByCode";
    public static final String FIND_BY_START = "CompletionRecord.findByStart";
    public static final String FIND_OF_ACCOUNT = "CompletionRecord.findOfAccount";
    public static final String FIND_IN_PERIOD = "CompletionRecord.findInPeriod";
    public static final String NAME_REMOVED = "naam verwijderd op verzoek"; // in the record and its badge

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_start_id", updatable = false)
    private ModuleStart moduleStart;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Column(name = "registration_number", length = 20)
    private String registrationNumber;

    @Column(name = "module_key", nullable = false, length = 100, updatable = false)
    private String moduleKey;

    @Column(name = "module_title", nullable = false, length = 300, updatable = false)
    private String moduleTitle;

    @Column(name = "module_version_label", nullable = false, length = 12, updatable = false)
    private String moduleVersionLabel;

    @Column(name = "module_summary", nullable = false, length = 2000, updatable = false)
    private String moduleSummary;

    @Column(name = "provider_name", nullable = false, length = 300, updatable = false)
    private String providerName;

    @Column(name = "provider_url", nullable = false, length = 500, updatable = false)
    private String providerUrl;

    @Column(name = "study_load_minutes", nullable = false, updatable = false)
    private int studyLoadMinutes;

    @Column(name = "study_hours", nullable = false, precision = 7, scale = 1, updatable = false)
    private BigDecimal studyHours;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "completion_date", nullable = false, updatable = false)
    private LocalDate completionDate;

    @Column(name = "final_score", updatable = false)
    private Integer finalScore;

    @Column(name = "accreditation_register", length = 50, updatable = false)
    private String register;

    @Column(name = "accreditation_status", length = 50, updatable = false)
    private String accreditationStatus;

    @Column(name = "activity_id", length = 100, updatable = false)
    private String activityId;

    @Column(name = "points_available", updatable = false)
    private Integer pointsAvailable;

    @Column(name = "accreditation_valid_from", updatable = false)
    private LocalDate accreditationFrom;

    @Column(name = "accreditation_valid_until", updatable = false)
    private LocalDate accreditationUntil;

    @Column(updatable = false)
    private Integer points;

    @Column(name = "outside_window", nullable = false, updatable = false)
    private boolean outsideWindow;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "credential_jwt", nullable = false, length = 20000)
    private String credentialJwt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "name_removed_at")
    private Instant nameRemovedAt;

    @ManyToOne
    @JoinColumn(name = "revoked_by")
    private Account revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    protected CompletionRecord() { } // for JPA

    public CompletionRecord(ModuleStart start, CertificateData data, Integer pointsAvailable, Issue issue) {
        this.code = data.code();
        this.account = start.getAccount();
        this.moduleStart = start;
        this.moduleVersion = start.getModuleVersion();
        this.learnerName = data.learnerName();
        this.registrationNumber = data.registrationNumber();
        this.moduleKey = data.moduleKey();
        this.moduleTitle = data.moduleTitle();
        this.moduleVersionLabel = data.moduleVersion();
        this.moduleSummary = data.moduleDescription();
        this.providerName = data.providerName();
        this.providerUrl = data.providerUrl();
        this.studyLoadMinutes = data.studyLoadMinutes();
        this.studyHours = data.studyHours();
        this.completedAt = data.completedAt();
        this.completionDate = data.completionDate();
        this.finalScore = data.finalScore();
        this.register = data.register();
        this.accreditationStatus = data.accreditationStatus();
        this.activityId = data.activityId();
        this.pointsAvailable = pointsAvailable;
        this.accreditationFrom = data.accreditationFrom();
        this.accreditationUntil = data.accreditationUntil();
        this.points = data.points();
        this.outsideWindow = data.outsideWindow();
        this.issuedAt = issue.issuedAt();
        this.keyId = issue.keyId();
        this.credentialJwt = issue.credentialJwt();
    }

    /** When and with which key the record was signed, and the signed Open Badge. */
    public record Issue(Instant issuedAt, String keyId, String credentialJwt) { }

    /** The certificate's contents, with the verification address under today's base URL. */
    public CertificateData data(String verifyUrl) {
        return new CertificateData(code, verifyUrl, learnerName, registrationNumber, moduleKey, moduleTitle,
                moduleVersionLabel, moduleSummary, providerName, providerUrl, studyLoadMinutes, studyHours,
                completionDate, completedAt, finalScore, register, accreditationStatus, activityId, points,
                outsideWindow, accreditationFrom, accreditationUntil);
    }

    /** The contents for pages and exports, which build the verification address themselves. */
    public CertificateData getData() {
        return data("");
    }

    public void revoke(Account by, Instant at, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("record " + code + " was already revoked");
        }
        this.revokedBy = by;
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    /** Name and registration number removed on request (AVG/GDPR), with the badge re-signed without them. */
    public void removeName(Instant at, String keyId, String credentialJwt) {
        this.learnerName = NAME_REMOVED;
        this.registrationNumber = null;
        this.keyId = keyId;
        this.credentialJwt = credentialJwt;
        this.nameRemovedAt = at;
    }

    public boolean isNameRemoved() {
        return nameRemovedAt != null;
    }

    public Instant getNameRemovedAt() {
        return nameRemovedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getCode() {
        return code;
    }

    public Account getAccount() {
        return account;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public String getModuleVersionLabel() {
        return moduleVersionLabel;
    }

    public BigDecimal getStudyHours() {
        return studyHours;
    }

    public LocalDate getCompletionDate() {
        return completionDate;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getFinalScore() {
        return finalScore;
    }

    public String getRegister() {
        return register;
    }

    public Integer getPointsAvailable() {
        return pointsAvailable;
    }

    public Integer getPoints() {
        return points;
    }

    public boolean isOutsideWindow() {
        return outsideWindow;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getCredentialJwt() {
        return credentialJwt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
