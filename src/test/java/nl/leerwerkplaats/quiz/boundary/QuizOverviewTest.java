package nl.leerwerkplaats.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.catalog.control.ModuleDescriptor;
import nl.leerwerkplaats.catalog.control.ParsedModule;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.quiz.control.AttemptScore;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/** A learner's standing on one quiz: attempts left, whether a new one may start, the best, the time limit. */
class QuizOverviewTest {

    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    static final ModuleVersion VERSION = version();
    static final Account LEARNER =
            new Account("learner", "Lea Learner", "lea@example.org", Account.NO_PASSWORD, Set.of(), START);

    static ModuleVersion version() {
        ModuleDescriptor descriptor = new ModuleDescriptor("m1", "Module", "Summary", List.of(), 60, List.of(),
                List.of(), List.of(), null, Map.of(), Map.of());
        ParsedModule parsed = new ParsedModule(descriptor, "0123456789abcdef0123", List.of(), List.of(), List.of(),
                List.of(), null);
        return new ModuleVersion(new CourseModule("m1", START), parsed, START);
    }

    static ParsedQuiz quiz(Integer timeLimitMinutes) {
        QuizSettings d = QuizSettings.DEFAULTS;
        QuizSettings settings = new QuizSettings(d.passMark(), d.attempts(), timeLimitMinutes, d.shuffleQuestions(),
                d.shuffleAnswers(), d.draw(), d.feedback(), d.finalTest());
        return new ParsedQuiz("quiz1", "quiz1.gift", settings, List.of());
    }

    static QuizAttempt running(int number) {
        return new QuizAttempt(LEARNER, VERSION, "quiz1", number, START, null);
    }

    static QuizAttempt graded(int number, int percent) {
        QuizAttempt attempt = running(number);
        attempt.submit(START.plusSeconds(600), new AttemptScore(percent / 100.0, 1, percent, false, percent >= 55));
        return attempt;
    }

    static QuizAttempt awaitingMarking(int number) {
        QuizAttempt attempt = running(number);
        attempt.submit(START.plusSeconds(600), new AttemptScore(0, 1, 0, true, null));
        return attempt;
    }

    static QuizOverview overview(Integer allowed, QuizAttempt... attempts) {
        return new QuizOverview(quiz(null), List.of(attempts), allowed, 0);
    }

    @Test
    @DisplayName("limited: attempts left count down to 0; a new one may start while any are left")
    void limited() {
        assertEquals(3, overview(3).remaining());
        assertTrue(overview(3).canStart());
        assertEquals(1, overview(3, graded(1, 20), graded(2, 30)).remaining());
        assertTrue(overview(3, graded(1, 20), graded(2, 30)).canStart());
        assertEquals(0, overview(3, graded(1, 20), graded(2, 30), graded(3, 40)).remaining());
        assertFalse(overview(3, graded(1, 20), graded(2, 30), graded(3, 40)).canStart());
    }

    @Test
    @DisplayName("limited: more attempts than allowed (the limit lowered later) leave 0, not a negative number")
    void overLimit() {
        QuizOverview overview = overview(1, graded(1, 20), graded(2, 30));
        assertEquals(0, overview.remaining());
        assertFalse(overview.canStart());
    }

    @Test
    @DisplayName("a limit of 0 allows no attempt")
    void zeroAllowed() {
        assertEquals(0, overview(0).remaining());
        assertFalse(overview(0).canStart());
    }

    @Test
    @DisplayName("unlimited: remaining is null and a new attempt may always start")
    void unlimited() {
        assertNull(overview(null).remaining());
        assertTrue(overview(null).canStart());
        QuizAttempt[] many = new QuizAttempt[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = graded(i + 1, 10);
        }
        assertNull(overview(null, many).remaining());
        assertTrue(overview(null, many).canStart());
    }

    @Test
    @DisplayName("a running attempt blocks a new start, limited or not, and is the one returned as running")
    void runningBlocksStart() {
        QuizAttempt open = running(2);
        QuizOverview unlimited = overview(null, graded(1, 30), open);
        assertFalse(unlimited.canStart());
        assertSame(open, unlimited.running().orElseThrow());
        QuizOverview limited = overview(5, open);
        assertFalse(limited.canStart());
        assertEquals(4, limited.remaining(), "the running attempt counts as made");
    }

    @Test
    @DisplayName("submitted attempts, graded or awaiting marking, are not running")
    void noneRunning() {
        QuizOverview overview = overview(null, graded(1, 30), awaitingMarking(2));
        assertEquals(Optional.empty(), overview.running());
        assertTrue(overview.canStart());
    }

    @Test
    @DisplayName("best() is the attempt with the highest score, whatever the order; attempts without a score are "
            + "skipped")
    void best() {
        QuizAttempt top = graded(2, 85);
        QuizOverview overview = overview(null, graded(1, 40), top, graded(3, 60), running(4));
        assertSame(top, overview.best().orElseThrow());
        QuizAttempt last = graded(3, 90);
        assertSame(last, overview(null, graded(1, 10), graded(2, 50), last).best().orElseThrow());
    }

    @Test
    @DisplayName("best() is empty before any scored attempt")
    void bestEmpty() {
        assertEquals(Optional.empty(), overview(null).best());
        assertEquals(Optional.empty(), overview(null, running(1)).best());
    }

    @Test
    @DisplayName("passed once any attempt passed, even when a later one failed")
    void passed() {
        assertTrue(overview(null, graded(1, 70), graded(2, 20)).isPassed());
        assertFalse(overview(null, graded(1, 50), awaitingMarking(2), running(3)).isPassed());
        assertFalse(overview(null).isPassed());
    }

    @Test
    @DisplayName("the time limit of a new attempt is the quiz's plus the granted extra minutes")
    void timeLimitWithExtra() {
        assertEquals(30, new QuizOverview(quiz(30), List.of(), null, 0).timeLimitMinutes());
        assertEquals(45, new QuizOverview(quiz(30), List.of(), null, 15).timeLimitMinutes());
    }

    @Test
    @DisplayName("an untimed quiz stays untimed, extra minutes or not")
    void untimed() {
        assertNull(new QuizOverview(quiz(null), List.of(), null, 0).timeLimitMinutes());
        assertNull(new QuizOverview(quiz(null), List.of(), null, 15).timeLimitMinutes());
    }
}
