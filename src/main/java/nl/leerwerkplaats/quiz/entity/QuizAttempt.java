package nl.leerwerkplaats.quiz.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;
import nl.leerwerkplaats.quiz.control.AttemptScore;

/**
 * One attempt at a quiz: pinned to the module version it started on, with the questions it drew in the order
 * shown. A preview (a lecturer trying the quiz) has no attempt number and counts for nothing.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.FIND_OF_LEARNER, query = "select a from QuizAttempt a where a.account = :account "
        + "and a.courseModule = :module and a.quizKey = :quiz and a.attemptNumber is not null order by a.attemptNumber")
@NamedQuery(name = QuizAttempt.FIND_GRADED_IN_MODULE, query = "select a from QuizAttempt a "
        + "where a.account = :account and a.courseModule = :module and a.attemptNumber is not null "
        + "and a.passed is not null order by a.submittedAt")
@NamedQuery(name = QuizAttempt.FIND_OVERDUE, query = "select a.id from QuizAttempt a "
        + "where a.state = nl.leerwerkplaats.quiz.entity.AttemptState.IN_PROGRESS and a.deadlineAt < :now")
public class QuizAttempt extends BaseEntity {

    public static final String FIND_OF_LEARNER = "QuizAttempt.findOfLearner";
    public static final String FIND_OVERDUE = "QuizAttempt.findOverdue";
    public static final String FIND_GRADED_IN_MODULE = "QuizAttempt.findGradedInModule";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "quiz_key", nullable = false, length = 100)
    private String quizKey;

    @Column(name = "attempt_number")
    private Integer attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptState state = AttemptState.IN_PROGRESS;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private Double points;

    @Column(name = "max_points")
    private Integer maxPoints;

    @Column(name = "score_percent")
    private Integer scorePercent;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("slot")
    private List<AttemptSlot> slots = new ArrayList<>();

    protected QuizAttempt() {
        // for JPA
    }

    /** @param attemptNumber null for a preview */
    public QuizAttempt(Account account, ModuleVersion version, String quizKey, Integer attemptNumber,
                       Instant startedAt, Instant deadlineAt) {
        this.account = account;
        this.courseModule = version.getCourseModule();
        this.moduleVersion = version;
        this.quizKey = quizKey;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    public AttemptSlot addSlot(int questionIndex, List<Integer> choiceOrder) {
        AttemptSlot slot = new AttemptSlot(this, slots.size() + 1, questionIndex, choiceOrder);
        slots.add(slot);
        return slot;
    }

    /** Answers can still be saved: not submitted, and (with a time limit) not past the deadline. */
    public boolean isOpenAt(Instant now) {
        return state == AttemptState.IN_PROGRESS && (deadlineAt == null || !now.isAfter(deadlineAt));
    }

    public void submit(Instant at, AttemptScore score) {
        this.submittedAt = at;
        record(score);
    }

    /** Records the score, again after a lecturer marked an essay. */
    public void record(AttemptScore score) {
        this.points = score.points();
        this.maxPoints = score.maxPoints();
        this.scorePercent = score.percent();
        this.passed = score.passed();
        this.state = score.pending() ? AttemptState.AWAITING_MARKING : AttemptState.GRADED;
    }

    /** Extra time granted while the attempt runs moves its deadline. */
    public void extendDeadline(int minutes) {
        if (deadlineAt != null && state == AttemptState.IN_PROGRESS) {
            deadlineAt = deadlineAt.plusSeconds(60L * minutes);
        }
    }

    public boolean isPreview() {
        return attemptNumber == null;
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

    public String getQuizKey() {
        return quizKey;
    }

    public Integer getAttemptNumber() {
        return attemptNumber;
    }

    public AttemptState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Double getPoints() {
        return points;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public List<AttemptSlot> getSlots() {
        return List.copyOf(slots);
    }
}
