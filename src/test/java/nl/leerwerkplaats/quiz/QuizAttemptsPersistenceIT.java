package nl.leerwerkplaats.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.quiz.boundary.Accommodations;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.boundary.ItemAnalyses;
import nl.leerwerkplaats.quiz.boundary.Marking;
import nl.leerwerkplaats.quiz.control.Grade;
import nl.leerwerkplaats.quiz.control.ResponseCodec;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.testsupport.ContentFolder;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.TestAttempts;

/**
 * The attempt lifecycle inside Payara Micro against the real database (in-memory Derby; PostgreSQL with
 * -Ppostgresql): start and version pinning, autosave and resume, time-out, double submit, extra attempts and
 * time, essay marking, preview and item analysis. The quiz is a module folder written by the test.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAttemptsPersistenceIT {

    private static final String MODULE = "it-quiz";
    private static final String QUIZ = "toets";
    private static final String GIFT = """
            ::keuze:: Welke kleur heeft de lucht? {=blauw#Ja. ~groen#Nee. ~rood#Nee.}

            ::meer:: Kies de priemgetallen. {~%50%2 ~%50%3 ~%-100%4}

            ::wf:: De aarde is rond. {T#Klopt.#Toch wel.}

            ::kort:: Welk begrip hoort bij het tegengaan van onnodig problematiseren? {=normaliseren =normaliseren*}

            ::open:: Beschrijf een situatie uit je stage. {}

            $CATEGORY: pool

            ::p1:: Pool een {T}

            ::p2:: Pool twee {T}

            ::p3:: Pool drie {T}
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(QuizAttemptsPersistenceIT.class);
    }

    @Inject
    Attempts attempts;

    @Inject
    Accommodations accommodations;

    @Inject
    Marking marking;

    @Inject
    ItemAnalyses analyses;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    ContentLibrary library;

    @Inject
    PlatformSettings settings;

    @Inject
    TestAccounts testAccounts;

    @Inject
    TestAttempts testAttempts;

    private ContentFolder content() {
        return new ContentFolder(settings.contentDir());
    }

    @BeforeEach
    void writeQuizModule() {
        content().module(MODULE, "01-les.md");
        content().write(MODULE + "/module.yaml", """
                id: it-quiz
                title: "Testmodule met toets"
                summary: Een module om toetsen te testen.
                audience:
                  - hbo-student
                studyLoadMinutes: 30
                objectives:
                  - Je legt uit wat getest wordt.
                lessons:
                  - 01-les.md
                quizzes:
                  toets:
                    passMark: 50
                    attempts: 2
                    timeLimitMinutes: 30
                    shuffleQuestions: true
                    shuffleAnswers: true
                    draw:
                      pool: 1
                    finalTest: true
                  oefen:
                    feedback: afterEachAnswer
                """);
        content().write(MODULE + "/quizzes/" + QUIZ + ".gift", GIFT);
        content().write(MODULE + "/quizzes/oefen.gift", "::oefen:: Is dit een oefening? {T#Toch wel.#Klopt.}\n");
        library.reload();
    }

    @AfterEach
    void removeQuizModule() {
        content().delete(MODULE);
        library.reload();
    }

    private ModuleVersion current() {
        return catalog.module(MODULE).orElseThrow().getCurrentVersion();
    }

    private static JsonObject choice(int... indexes) {
        var array = Json.createArrayBuilder();
        for (int index : indexes) {
            array.add(index);
        }
        return Json.createObjectBuilder().add("choices", array).build();
    }

    private static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    private GiftQuestion question(QuizAttempt attempt, AttemptSlot slot) {
        return attempts.quizOf(attempt).questions().get(slot.getQuestionIndex());
    }

    private AttemptSlot slotNamed(QuizAttempt attempt, String name) {
        return attempt.getSlots().stream().filter(s -> name.equals(question(attempt, s).name())).findFirst()
                .orElseThrow();
    }

    /** Answers the named question right (the first answer of these questions is right). */
    private void answerRight(Account learner, QuizAttempt attempt, String name, long at) {
        attempts.save(learner, attempt.getId(), slotNamed(attempt, name).getSlot(), choice(0), at);
    }

    @Test
    @DisplayName("Start stores the drawn questions and answer order, pins the version; resume gives the same attempt")
    void startPinsVersionAndResumes() {
        Account learner = testAccounts.student();
        ModuleVersion first = current();
        QuizAttempt attempt = attempts.start(learner, first, QUIZ);

        assertEquals(6, attempt.getSlots().size(), "five fixed questions and one drawn from the pool of three");
        long fromPool = attempt.getSlots().stream().filter(s -> "pool".equals(question(attempt, s).category())).count();
        assertEquals(1, fromPool);
        assertEquals(List.of(0, 1, 2), slotNamed(attempt, "keuze").getChoiceOrder().stream().sorted().toList());
        assertEquals(Duration.ofMinutes(30), Duration.between(attempt.getStartedAt(), attempt.getDeadlineAt()));
        assertEquals(1, attempt.getAttemptNumber());

        content().write(MODULE + "/quizzes/" + QUIZ + ".gift", GIFT.replace("Welke kleur heeft de lucht?",
                "Welke kleur heeft de zee?"));
        library.reload();
        ModuleVersion second = current();
        assertNotEquals(first, second, "the changed quiz is a new version");

        QuizAttempt resumed = attempts.start(learner, second, QUIZ);
        assertEquals(attempt.getId(), resumed.getId(), "the running attempt resumes, also after new content");
        assertEquals(first, resumed.getModuleVersion(), "pinned to the version it started on");
        assertTrue(question(resumed, slotNamed(resumed, "keuze")).text().contains("lucht"),
                "its questions are those of its own version");
        QuizAttempt other = attempts.start(testAccounts.student(), second, QUIZ);
        assertTrue(question(other, slotNamed(other, "keuze")).text().contains("zee"));
    }

    @Test
    @DisplayName("Autosave keeps each answer; an older replay never overwrites a newer save; others are refused")
    void autosaveKeepsNewestAnswer() {
        Account learner = testAccounts.student();
        QuizAttempt attempt = attempts.start(learner, current(), QUIZ);
        int slot = slotNamed(attempt, "kort").getSlot();

        attempts.save(learner, attempt.getId(), slot, text("normaliseren"), 2_000);
        attempts.save(learner, attempt.getId(), slot, text("oud antwoord uit de buffer"), 1_000);

        AttemptSlot stored = testAttempts.reload(attempt.getId()).getSlots().get(slot - 1);
        assertEquals("{\"text\":\"normaliseren\"}", stored.getResponse());
        assertEquals(2_000L, stored.getClientTime());
        assertThrows(AccessDenied.class,
                () -> attempts.save(testAccounts.student(), attempt.getId(), slot, text("x"), 3_000));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> attempts.save(learner, attempt.getId(),
                slotNamed(attempt, "keuze").getSlot(), choice(7), 3_000));
        assertThrows(AccessDenied.class, () -> attempts.save(learner, attempt.getId(), 99, text("x"), 3_000));
    }

    @Test
    @DisplayName("Submitting twice at the same moment (two tabs) grades exactly once; later saves are refused")
    void concurrentSubmitsGradeOnce() throws Exception {
        Account learner = testAccounts.student();
        QuizAttempt attempt = attempts.start(learner, current(), QUIZ);
        answerRight(learner, attempt, "keuze", 1_000);
        attempts.save(learner, attempt.getId(), slotNamed(attempt, "open").getSlot(), text("Een essay."), 1_000);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<QuizAttempt>> submits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                submits.add(() -> attempts.submit(learner, attempt.getId()));
            }
            List<QuizAttempt> results = new ArrayList<>();
            for (Future<QuizAttempt> future : pool.invokeAll(submits)) {
                results.add(future.get());
            }
            Set<Object> submittedAt = results.stream().map(QuizAttempt::getSubmittedAt).collect(Collectors.toSet());
            assertEquals(1, submittedAt.size(), "every submit sees the one grading: " + submittedAt);
        } finally {
            pool.shutdown();
        }
        QuizAttempt graded = testAttempts.reload(attempt.getId());
        assertEquals(AttemptState.AWAITING_MARKING, graded.getState(), "the essay waits for a lecturer");
        assertNull(graded.getPassed());
        assertEquals(6, graded.getMaxPoints());
        BusinessException closed = assertThrows(BusinessException.class,
                () -> answerRight(learner, attempt, "wf", 2_000));
        assertEquals("quiz.attemptClosed", closed.messageKey());
    }

    @Test
    @DisplayName("Past the time limit saves are refused and the attempt is graded with what was saved in time")
    void timeOutClosesWithSavedAnswers() {
        Account learner = testAccounts.student();
        QuizAttempt attempt = attempts.start(learner, current(), QUIZ);
        answerRight(learner, attempt, "keuze", 1_000);
        testAttempts.expire(attempt.getId());

        assertThrows(BusinessException.class, () -> answerRight(learner, attempt, "meer", 2_000));
        assertTrue(attempts.overdue().contains(attempt.getId()));
        attempts.closeIfOverdue(attempt.getId());

        QuizAttempt closed = testAttempts.reload(attempt.getId());
        assertTrue(closed.getState().isSubmitted());
        assertEquals(closed.getDeadlineAt(), closed.getSubmittedAt(), "submitted at its deadline");
        assertEquals(Grade.Status.CORRECT, closed.getSlots().stream()
                .filter(s -> s.getResponse() != null).findFirst().orElseThrow().getGradeStatus());
        assertFalse(attempts.overdue().contains(attempt.getId()));
    }

    @Test
    @DisplayName("Attempts run out; the class's lecturer grants an extra attempt and extra time, another lecturer cannot")
    void extraAttemptAndTime() {
        Account learner = testAccounts.student();
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = cohorts.create(lecturer, "Toetsklas " + System.nanoTime(), null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
        for (int i = 0; i < 2; i++) {
            attempts.submit(learner, attempts.start(learner, current(), QUIZ).getId());
        }
        BusinessException none = assertThrows(BusinessException.class,
                () -> attempts.start(learner, current(), QUIZ));
        assertEquals("quiz.noAttemptsLeft", none.messageKey());

        Account stranger = testAccounts.create(Role.LECTURER);
        assertThrows(AccessDenied.class, () -> accommodations.grant(stranger, learner.getId(),
                current().getCourseModule(), QUIZ, 1, 0));
        accommodations.grant(lecturer, learner.getId(), current().getCourseModule(), QUIZ, 1, 15);

        QuizAttempt third = attempts.start(learner, current(), QUIZ);
        assertEquals(3, third.getAttemptNumber());
        assertEquals(Duration.ofMinutes(45), Duration.between(third.getStartedAt(), third.getDeadlineAt()));
        accommodations.grant(lecturer, learner.getId(), current().getCourseModule(), QUIZ, 0, 10);
        assertEquals(Duration.ofMinutes(55), Duration.between(third.getStartedAt(),
                testAttempts.reload(third.getId()).getDeadlineAt()), "extra time reaches the running attempt");
    }

    @Test
    @DisplayName("A lecturer marks an essay of their learner; score and verdict follow; others cannot mark it")
    void essayMarkingCompletesTheGrade() {
        Account learner = testAccounts.student();
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = cohorts.create(lecturer, "Essayklas " + System.nanoTime(), null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
        QuizAttempt attempt = attempts.start(learner, current(), QUIZ);
        answerRight(learner, attempt, "keuze", 1_000);
        attempts.save(learner, attempt.getId(), slotNamed(attempt, "wf").getSlot(),
                Json.createObjectBuilder().add("value", true).build(), 1_000);
        attempts.save(learner, attempt.getId(), slotNamed(attempt, "kort").getSlot(), text("Normaliseren"), 1_000);
        attempts.save(learner, attempt.getId(), slotNamed(attempt, "open").getSlot(), text("Mijn stage ..."), 1_000);
        attempts.submit(learner, attempt.getId());

        AttemptSlot essay = marking.awaiting(lecturer).stream()
                .filter(s -> s.getAttempt().getId().equals(attempt.getId())).findFirst().orElseThrow();
        assertThrows(AccessDenied.class, () -> marking.mark(testAccounts.create(Role.LECTURER), essay.getId(), 100, ""));
        QuizAttempt marked = marking.mark(lecturer, essay.getId(), 100, "Goed uitgewerkt.");

        assertEquals(AttemptState.GRADED, marked.getState());
        assertTrue(marked.getScorePercent() >= 4 * 100 / 6, "four of six right: " + marked.getScorePercent());
        assertTrue(marked.getPassed());
        assertTrue(marking.awaiting(lecturer).stream().noneMatch(s -> s.getId().equals(essay.getId())));
    }

    @Test
    @DisplayName("Feedback after each answer: checking grades one question now and fixes its answer")
    void immediateFeedbackFixesTheAnswer() {
        Account learner = testAccounts.student();
        QuizAttempt practice = attempts.start(learner, current(), "oefen");
        attempts.save(learner, practice.getId(), 1, Json.createObjectBuilder().add("value", true).build(), 1_000);

        AttemptSlot checked = attempts.check(learner, practice.getId(), 1);
        assertEquals(Grade.Status.CORRECT, checked.getGradeStatus());
        assertEquals("Klopt.", checked.getFeedback());
        attempts.save(learner, practice.getId(), 1, Json.createObjectBuilder().add("value", false).build(), 2_000);
        assertEquals("{\"value\":true}", testAttempts.reload(practice.getId()).getSlots().get(0).getResponse(),
                "a checked answer no longer changes");
        assertEquals(100, attempts.submit(learner, practice.getId()).getScorePercent());

        QuizAttempt test = attempts.start(learner, current(), QUIZ);
        BusinessException refused = assertThrows(BusinessException.class, () -> attempts.check(learner, test.getId(), 1));
        assertEquals("quiz.noImmediateFeedback", refused.messageKey());
    }

    @Test
    @DisplayName("A preview counts nowhere: not as an attempt, not in the item analysis")
    void previewCountsNowhere() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account learner = testAccounts.student();
        Cohort cohort = cohorts.create(lecturer, "Analyseklas " + System.nanoTime(), null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
        QuizAttempt preview = attempts.preview(lecturer, current(), QUIZ);
        attempts.submit(lecturer, preview.getId());
        assertNull(preview.getAttemptNumber());
        assertThrows(AccessDenied.class, () -> attempts.preview(learner, current(), QUIZ));

        QuizAttempt real = attempts.start(learner, current(), QUIZ);
        answerRight(learner, real, "keuze", 1_000);
        attempts.submit(learner, real.getId());

        assertTrue(attempts.overview(lecturer, current(), QUIZ).attempts().isEmpty());
        var analysis = analyses.of(lecturer, current(), QUIZ, cohort.getId());
        assertEquals(1, analysis.attempts(), "only the learner's attempt");
        var keuze = analysis.questions().stream().filter(q -> "keuze".equals(q.name())).findFirst().orElseThrow();
        assertEquals(1, keuze.shown());
        assertEquals(1, keuze.correct());
        assertThrows(AccessDenied.class, () -> analyses.of(learner, current(), QUIZ, null));
        assertThrows(AccessDenied.class,
                () -> analyses.of(testAccounts.create(Role.LECTURER), current(), QUIZ, cohort.getId()));
    }
}
