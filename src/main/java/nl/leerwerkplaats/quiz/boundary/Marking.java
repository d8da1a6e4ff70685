package nl.leerwerkplaats.quiz.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.DataChange;
import nl.leerwerkplaats.quiz.control.AttemptScore;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/** Lecturers mark essay answers of learners in their classes; the attempt's score and verdict follow. */
@Stateless
public class Marking {

    public static final int COMMENT_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Event<QuizGraded> graded;

    @Inject
    Clock clock;

    @Inject
    Cohorts cohorts;

    @Inject
    Attempts attempts;

    /** Essays waiting for a mark from this lecturer's learners, oldest submission first. */
    public List<AttemptSlot> awaiting(Account staff) {
        return em.createNamedQuery(AttemptSlot.FIND_AWAITING_MARK, AttemptSlot.class).getResultStream()
                .filter(slot -> cohorts.teaches(staff, slot.getAttempt().getAccount())).toList();
    }

    /** An essay answer this lecturer may mark (again): of a submitted attempt by one of their learners. */
    public AttemptSlot markable(Account staff, Long slotId) {
        AttemptSlot slot = slotId == null ? null : em.find(AttemptSlot.class, slotId);
        if (slot == null || slot.getAttempt().isPreview() || !slot.getAttempt().getState().isSubmitted()
                || !GiftQuestion.ESSAY.equals(questionOf(slot).type())
                || !cohorts.teaches(staff, slot.getAttempt().getAccount())) {
            throw new AccessDenied("essay " + slotId);
        }
        return slot;
    }

    public GiftQuestion questionOf(AttemptSlot slot) {
        return attempts.quizOf(slot.getAttempt()).questions().get(slot.getQuestionIndex());
    }

    public QuizAttempt mark(Account staff, Long slotId, @NotNull @Min(0) @Max(100) Integer percent,
                            @Size(max = COMMENT_MAX) String comment) {
        AttemptSlot slot = markable(staff, slotId);
        slot.mark(percent / 100.0, comment == null ? null : comment.strip(), em.find(Account.class, staff.getId()),
                clock.instant());
        QuizAttempt attempt = slot.getAttempt();
        attempt.record(AttemptScore.of(attempt.getSlots().stream().map(AttemptSlot::storedGrade).toList(),
                attempts.quizOf(attempt).settings().passMark()));
        graded.fire(new QuizGraded(attempt, false));
        changes.fire(new DataChange(staff.getId(), "answer.marked", "attempt:" + attempt.getId(),
                "question slot " + slot.getId() + ": " + percent + "%"));
        return attempt;
    }
}
