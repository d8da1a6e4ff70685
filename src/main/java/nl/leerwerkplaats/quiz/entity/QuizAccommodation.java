package nl.leerwerkplaats.quiz.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * What a lecturer granted one learner on one quiz beyond its settings: extra attempts, and extra minutes on
 * every timed attempt (an accommodation for a disability). Grants add up.
 */
@Entity
@Table(name = "quiz_accommodation")
@NamedQuery(name = QuizAccommodation.FIND, query = "select a from QuizAccommodation a where a.account = :account "
        + "and a.courseModule = :module and a.quizKey = :quiz")
public class QuizAccommodation extends BaseEntity {

    public static final String FIND = "QuizAccommodation.find";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @Column(name = "quiz_key", nullable = false, length = 100)
    private String quizKey;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "granted_by")
    private Account grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected QuizAccommodation() {
        // for JPA
    }

    public QuizAccommodation(Account account, CourseModule module, String quizKey) {
        this.account = account;
        this.courseModule = module;
        this.quizKey = quizKey;
    }

    public void grant(int attempts, int minutes, Account by, Instant at) {
        this.extraAttempts += attempts;
        this.extraMinutes += minutes;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public Account getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
