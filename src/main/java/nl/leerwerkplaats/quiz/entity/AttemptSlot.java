package nl.leerwerkplaats.quiz.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;
import nl.leerwerkplaats.quiz.control.Grade;

/**
 * One question of an attempt: which question of the quiz it shows, in which answer order, the learner's last
 * saved response (encoded by ResponseCodec), and its grade once graded or marked.
 */
@Entity
@Table(name = "quiz_attempt_slot")
@NamedQuery(name = AttemptSlot.FIND_AWAITING_MARK, query = "select s from AttemptSlot s "
        + "where s.gradeStatus = nl.leerwerkplaats.quiz.control.Grade.Status.PENDING "
        + "and s.attempt.attemptNumber is not null order by s.attempt.submittedAt, s.slot")
@NamedQuery(name = AttemptSlot.FIND_SUBMITTED_OF_VERSION, query = "select s from AttemptSlot s "
        + "join fetch s.attempt a where a.moduleVersion = :version and a.quizKey = :quiz "
        + "and a.attemptNumber is not null and a.state <> nl.leerwerkplaats.quiz.entity.AttemptState.IN_PROGRESS")
public class AttemptSlot extends BaseEntity {

    public static final String FIND_AWAITING_MARK = "AttemptSlot.findAwaitingMark";
    public static final String FIND_SUBMITTED_OF_VERSION = "AttemptSlot.findSubmittedOfVersion";
    public static final int RESPONSE_MAX = 20000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;

    @Column(nullable = false)
    private int slot;

    @Column(name = "question_index", nullable = false)
    private int questionIndex;

    @Column(name = "choice_order", nullable = false, length = 1000)
    private String choiceOrder;

    @Column(length = RESPONSE_MAX)
    private String response;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "client_time")
    private Long clientTime;

    @Column(nullable = false)
    private boolean checked;

    private Double fraction;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_status", length = 20)
    private Grade.Status gradeStatus;

    @Column(length = 4000)
    private String feedback;

    @Column(name = "marker_comment", length = 4000)
    private String markerComment;

    @ManyToOne
    @JoinColumn(name = "marked_by")
    private Account markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    protected AttemptSlot() {
        // for JPA
    }

    AttemptSlot(QuizAttempt attempt, int slot, int questionIndex, List<Integer> choiceOrder) {
        this.attempt = attempt;
        this.slot = slot;
        this.questionIndex = questionIndex;
        this.choiceOrder = choiceOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Keeps the response unless a newer one was saved already: a buffer replayed after logging in again may
     * carry older answers than another tab saved since.
     *
     * @return whether the response was stored
     */
    public boolean save(String encoded, long sentAt, Instant now) {
        if (checked || (clientTime != null && sentAt < clientTime)) {
            return false;
        }
        this.response = encoded;
        this.clientTime = sentAt;
        this.savedAt = now;
        return true;
    }

    public void grade(Grade grade) {
        this.fraction = grade.fraction();
        this.gradeStatus = grade.status();
        this.feedback = truncate(grade.feedback());
    }

    /** Immediate feedback: the question is graded now and its answer can no longer change. */
    public void check(Grade grade) {
        grade(grade);
        this.checked = true;
    }

    public void mark(double markedFraction, String comment, Account marker, Instant at) {
        this.fraction = markedFraction;
        this.gradeStatus = Grade.graded(markedFraction, "").status();
        this.markerComment = comment;
        this.markedBy = marker;
        this.markedAt = at;
    }

    /** The grade as stored, for the attempt's score. */
    public Grade storedGrade() {
        return new Grade(fraction == null ? 0 : fraction, gradeStatus, feedback == null ? "" : feedback);
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public int getSlot() {
        return slot;
    }

    public int getQuestionIndex() {
        return questionIndex;
    }

    public List<Integer> getChoiceOrder() {
        return choiceOrder.isEmpty() ? List.of()
                : Arrays.stream(choiceOrder.split(",")).map(Integer::valueOf).toList();
    }

    public String getResponse() {
        return response;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Long getClientTime() {
        return clientTime;
    }

    public boolean isChecked() {
        return checked;
    }

    public Double getFraction() {
        return fraction;
    }

    public Grade.Status getGradeStatus() {
        return gradeStatus;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getMarkerComment() {
        return markerComment;
    }

    public Account getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
