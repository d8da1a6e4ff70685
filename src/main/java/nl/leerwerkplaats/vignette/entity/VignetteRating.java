package nl.leerwerkplaats.vignette.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * A learner's judgement of one case: the point they chose on the set's scale and, where the case asks it, what
 * they would do first. Given once per moment and never changed: the reasoning is shown right after.
 */
@Entity
@Table(name = "vignette_rating")
@NamedQuery(name = VignetteRating.FIND_OF_LEARNER, query = "select r from VignetteRating r where r.account = :account "
        + "and r.courseModule = :module order by r.ratedAt")
@NamedQuery(name = VignetteRating.FIND_IN_COHORT, query = "select r from VignetteRating r, CohortMember m "
        + "where m.cohort = :cohort and m.removedAt is null "
        + "and m.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
        + "and r.account = m.account and r.courseModule = :module")
@NamedQuery(name = VignetteRating.FIND_BY_COHORT, query = "select m.cohort.id, r from VignetteRating r, CohortMember m "
        + "where m.removedAt is null and m.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
        + "and r.account = m.account and r.courseModule = :module")
@NamedQuery(name = VignetteRating.FIND_OF_MODULE, query = "select r from VignetteRating r where r.courseModule = :module")
public class VignetteRating extends BaseEntity {

    public static final String FIND_OF_LEARNER = "VignetteRating.findOfLearner";
    public static final String FIND_IN_COHORT = "VignetteRating.findInCohort";
    public static final String FIND_BY_COHORT = "VignetteRating.findByCohort";
    public static final String FIND_OF_MODULE = "VignetteRating.findOfModule";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "vignette_key", nullable = false, length = 50)
    private String vignetteKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "moment", nullable = false, length = 10)
    private RatingMoment moment;

    @Column(name = "scale_point", nullable = false)
    private int scalePoint;

    @Column(name = "first_step")
    private Integer firstStep;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected VignetteRating() {
    }

    public VignetteRating(Account account, ModuleVersion version, String vignetteKey, RatingMoment moment,
                          int scalePoint, Integer firstStep, Instant ratedAt) {
        this.account = account;
        this.courseModule = version.getCourseModule();
        this.moduleVersion = version;
        this.vignetteKey = vignetteKey;
        this.moment = moment;
        this.scalePoint = scalePoint;
        this.firstStep = firstStep;
        this.ratedAt = ratedAt;
    }

    public Account getAccount() {
        return account;
    }

    public CourseModule getCourseModule() {
        return courseModule;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getVignetteKey() {
        return vignetteKey;
    }

    public RatingMoment getMoment() {
        return moment;
    }

    /** The chosen point, 1 for the scale's first (lowest) label. */
    public int getScalePoint() {
        return scalePoint;
    }

    /** The chosen first step, 1 for the first option; null when the case asks none or it was left open. */
    public Integer getFirstStep() {
        return firstStep;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
