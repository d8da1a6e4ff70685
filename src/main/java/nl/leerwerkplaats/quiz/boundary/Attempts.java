package nl.leerwerkplaats.quiz.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.quiz.control.AttemptDraw;
import nl.leerwerkplaats.quiz.control.AttemptScore;
import nl.leerwerkplaats.quiz.control.Grade;
import nl.leerwerkplaats.quiz.control.QuestionGrader;
import nl.leerwerkplaats.quiz.control.ResponseCodec;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * A learner's attempts: start (or resume), save each answer, check one (immediate feedback), submit. Every
 * change to an attempt locks its row first, so saves, a second tab's submit and the overdue sweep happen one
 * after the other: a save either lands before grading or is refused, and an attempt is graded exactly once.
 */
@Stateless
public class Attempts {

    /** Saves and submits this late still count: the browser submits at zero, and the request needs its time. */
    static final Duration GRACE = Duration.ofSeconds(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VersionActivities activities;

    @Inject
    Accommodations accommodations;

    @Inject
    Cohorts cohorts;

    @Inject
    Event<QuizStarted> started;

    @Inject
    Event<QuizGraded> graded;

    public ParsedQuiz quizOf(ModuleVersion version, String quizKey) {
        return activities.quiz(version, quizKey).orElseThrow(() -> new AccessDenied("quiz " + quizKey));
    }

    public ParsedQuiz quizOf(QuizAttempt attempt) {
        return quizOf(attempt.getModuleVersion(), attempt.getQuizKey());
    }

    public QuizOverview overview(Account learner, ModuleVersion version, String quizKey) {
        ParsedQuiz quiz = quizOf(version, quizKey);
        List<QuizAttempt> attempts = em.createNamedQuery(QuizAttempt.FIND_OF_LEARNER, QuizAttempt.class)
                .setParameter("account", em.find(Account.class, learner.getId()))
                .setParameter("module", version.getCourseModule()).setParameter("quiz", quizKey).getResultList();
        var extra = accommodations.of(learner, version.getCourseModule(), quizKey);
        Integer allowed = quiz.settings().attempts() == null ? null
                : quiz.settings().attempts() + extra.getExtraAttempts();
        return new QuizOverview(quiz, attempts, allowed, extra.getExtraMinutes());
    }

    /** The running attempt, or a new one when the learner has attempts left. */
    public QuizAttempt start(Account learner, ModuleVersion version, String quizKey) {
        QuizOverview overview = overview(learner, version, quizKey);
        if (overview.running().isPresent()) {
            QuizAttempt running = overview.running().get();
            if (running.isOpenAt(clock.instant().minus(GRACE))) {
                return running;
            }
            close(running);
            overview = overview(learner, version, quizKey);
        }
        if (!overview.canStart()) {
            throw new BusinessException("quiz.noAttemptsLeft", null);
        }
        int number = overview.attempts().stream().mapToInt(QuizAttempt::getAttemptNumber).max().orElse(0) + 1;
        return begin(learner, version, overview.quiz(), number, overview.timeLimitMinutes(), seen(overview, version));
    }

    /** A lecturer tries the quiz as a learner would; the attempt counts nowhere. */
    public QuizAttempt preview(Account staff, ModuleVersion version, String quizKey) {
        Account account = em.find(Account.class, staff.getId());
        if (!account.hasRole(Role.LECTURER) && !account.hasRole(Role.ADMIN)) {
            throw new AccessDenied("preview of " + quizKey);
        }
        ParsedQuiz quiz = quizOf(version, quizKey);
        return begin(account, version, quiz, null, quiz.settings().timeLimitMinutes(), Map.of());
    }

    private QuizAttempt begin(Account learner, ModuleVersion version, ParsedQuiz quiz, Integer number,
                              Integer minutes, Map<Integer, Integer> seen) {
        Instant now = clock.instant();
        QuizAttempt attempt = new QuizAttempt(em.find(Account.class, learner.getId()),
                em.find(ModuleVersion.class, version.getId()), quiz.id(), number, now,
                minutes == null ? null : now.plus(Duration.ofMinutes(minutes)));
        AttemptDraw.draw(quiz.questions(), quiz.settings(), seen, RANDOM)
                .forEach(drawn -> attempt.addSlot(drawn.questionIndex(), drawn.choiceOrder()));
        em.persist(attempt);
        // Two tabs starting at once: the unique attempt number makes the second fail here, not later.
        em.flush();
        if (number != null) {
            started.fire(new QuizStarted(attempt));
        }
        return attempt;
    }

    /** How often earlier attempts on this version showed each question: a draw prefers the least seen. */
    private static Map<Integer, Integer> seen(QuizOverview overview, ModuleVersion version) {
        Map<Integer, Integer> seen = new HashMap<>();
        overview.attempts().stream()
                .filter(a -> a.getModuleVersion().getId().equals(version.getId()))
                .flatMap(a -> a.getSlots().stream())
                .forEach(slot -> seen.merge(slot.getQuestionIndex(), 1, Integer::sum));
        return seen;
    }

    /** The attempt when it is the account's own; anyone else gets "not found". */
    public QuizAttempt own(Account account, Long attemptId) {
        QuizAttempt attempt = attemptId == null ? null : em.find(QuizAttempt.class, attemptId);
        if (attempt == null || !attempt.getAccount().getId().equals(account.getId())) {
            throw new AccessDenied("attempt " + attemptId);
        }
        return attempt;
    }

    /** The attempt for its learner, a lecturer of the learner's class, or an admin; a preview only for its maker. */
    public QuizAttempt visible(Account viewer, Long attemptId) {
        QuizAttempt attempt = attemptId == null ? null : em.find(QuizAttempt.class, attemptId);
        if (attempt == null) {
            throw new AccessDenied("attempt " + attemptId);
        }
        boolean own = attempt.getAccount().getId().equals(viewer.getId());
        if (!own && (attempt.isPreview() || !cohorts.teaches(viewer, attempt.getAccount()))) {
            throw new AccessDenied("attempt " + attemptId);
        }
        return attempt;
    }

    /**
     * Stores one answer as the learner gives it.
     *
     * @param sentAt the browser's clock when the answer was given: an older replay never overwrites a newer save
     * @return the slot, with its time of saving
     */
    public AttemptSlot save(Account learner, Long attemptId, int slotNumber, JsonObject response, long sentAt) {
        QuizAttempt attempt = lockedOpen(learner, attemptId);
        AttemptSlot slot = slotOf(attempt, slotNumber);
        var question = quizOf(attempt).questions().get(slot.getQuestionIndex());
        slot.save(ResponseCodec.encode(ResponseCodec.decode(question, response)), sentAt, clock.instant());
        return slot;
    }

    /** Immediate feedback: grades one answer now and fixes it. Only for quizzes that give feedback per answer. */
    public AttemptSlot check(Account learner, Long attemptId, int slotNumber) {
        QuizAttempt attempt = lockedOpen(learner, attemptId);
        ParsedQuiz quiz = quizOf(attempt);
        if (quiz.settings().feedback() != QuizSettings.Feedback.AFTER_EACH_ANSWER) {
            throw new BusinessException("quiz.noImmediateFeedback", null);
        }
        AttemptSlot slot = slotOf(attempt, slotNumber);
        if (!slot.isChecked()) {
            slot.check(grade(quiz, slot));
        }
        return slot;
    }

    /** Grades the attempt once; a second submit (another tab, a double click) finds it graded and changes nothing. */
    public QuizAttempt submit(Account learner, Long attemptId) {
        QuizAttempt attempt = locked(own(learner, attemptId).getId());
        if (attempt.getState().isSubmitted()) {
            return attempt;
        }
        if (!attempt.isOpenAt(clock.instant().minus(GRACE))) {
            return close(attempt);
        }
        return grade(attempt, clock.instant());
    }

    /** An attempt past its deadline is graded with the answers saved in time (the overdue sweep calls this). */
    public void closeIfOverdue(Long attemptId) {
        QuizAttempt attempt = locked(attemptId);
        if (!attempt.getState().isSubmitted() && !attempt.isOpenAt(clock.instant().minus(GRACE))) {
            close(attempt);
        }
    }

    private QuizAttempt close(QuizAttempt attempt) {
        return grade(attempt, attempt.getDeadlineAt());
    }

    private QuizAttempt grade(QuizAttempt attempt, Instant at) {
        ParsedQuiz quiz = quizOf(attempt);
        for (AttemptSlot slot : attempt.getSlots()) {
            if (!slot.isChecked()) {
                slot.grade(grade(quiz, slot));
            }
        }
        attempt.submit(at, AttemptScore.of(attempt.getSlots().stream().map(AttemptSlot::storedGrade).toList(),
                quiz.settings().passMark()));
        if (!attempt.isPreview()) {
            graded.fire(new QuizGraded(attempt, true));
        }
        return attempt;
    }

    private static Grade grade(ParsedQuiz quiz, AttemptSlot slot) {
        var question = quiz.questions().get(slot.getQuestionIndex());
        return QuestionGrader.grade(question, ResponseCodec.decode(question, slot.getResponse()));
    }

    private static AttemptSlot slotOf(QuizAttempt attempt, int number) {
        return attempt.getSlots().stream().filter(s -> s.getSlot() == number).findFirst()
                .orElseThrow(() -> new AccessDenied("question " + number + " of attempt " + attempt.getId()));
    }

    private QuizAttempt lockedOpen(Account learner, Long attemptId) {
        QuizAttempt attempt = locked(own(learner, attemptId).getId());
        if (!attempt.isOpenAt(clock.instant().minus(GRACE))) {
            throw new BusinessException("quiz.attemptClosed", null);
        }
        return attempt;
    }

    private QuizAttempt locked(Long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        // Read again under the row lock, so a submit that committed meanwhile is seen.
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        return attempt;
    }

    /** Ids of running attempts past their deadline and grace. */
    public List<Long> overdue() {
        return em.createNamedQuery(QuizAttempt.FIND_OVERDUE, Long.class)
                .setParameter("now", clock.instant().minus(GRACE)).getResultList();
    }
}
