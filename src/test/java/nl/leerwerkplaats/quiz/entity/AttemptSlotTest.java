package nl.leerwerkplaats.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.leerwerkplaats.catalog.control.ModuleDescriptor;
import nl.leerwerkplaats.catalog.control.ParsedModule;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.quiz.control.AttemptScore;
import nl.leerwerkplaats.quiz.control.Grade;

/** An attempt's slots keep the newest answer, and an attempt is open until submitted or past its deadline. */
class AttemptSlotTest {

    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant DEADLINE = START.plusSeconds(30 * 60);

    static ModuleVersion version() {
        ModuleDescriptor descriptor = new ModuleDescriptor("m1", "Module", "Summary", List.of(), 60, List.of(),
                List.of(), List.of(), null, Map.of(), Map.of());
        ParsedModule parsed = new ParsedModule(descriptor, "0123456789abcdef0123", List.of(), List.of(), List.of(),
                List.of(), null);
        return new ModuleVersion(new CourseModule("m1", START), parsed, START);
    }

    static Account learner() {
        return new Account("learner", "Lea Learner", "lea@example.org", Account.NO_PASSWORD, Set.of(), START);
    }

    static QuizAttempt attempt(Instant deadline) {
        return new QuizAttempt(learner(), version(), "quiz1", 1, START, deadline);
    }

    static AttemptSlot slot() {
        return attempt(null).addSlot(0, List.of());
    }

    static AttemptScore score(int percent, boolean pending) {
        return new AttemptScore(percent / 100.0, 1, percent, pending, pending ? null : percent >= 55);
    }

    @Test
    @DisplayName("the attempt takes its module from the version and numbers its slots from 1")
    void attemptAndSlots() {
        ModuleVersion version = version();
        QuizAttempt attempt = new QuizAttempt(learner(), version, "quiz1", 2, START, null);
        assertSame(version.getCourseModule(), attempt.getCourseModule());
        assertSame(version, attempt.getModuleVersion());
        assertEquals(AttemptState.IN_PROGRESS, attempt.getState());
        AttemptSlot first = attempt.addSlot(4, List.of(1, 0));
        AttemptSlot second = attempt.addSlot(2, List.of());
        assertEquals(List.of(1, 2), attempt.getSlots().stream().map(AttemptSlot::getSlot).toList());
        assertEquals(List.of(4, 2), attempt.getSlots().stream().map(AttemptSlot::getQuestionIndex).toList());
        assertEquals(List.of(first, second), attempt.getSlots());
        assertSame(attempt, first.getAttempt());
        assertEquals(List.of(1, 0), first.getChoiceOrder());
        assertThrows(UnsupportedOperationException.class, () -> attempt.getSlots().clear());
    }

    @Test
    @DisplayName("a preview has no attempt number")
    void preview() {
        assertTrue(new QuizAttempt(learner(), version(), "quiz1", null, START, null).isPreview());
        assertFalse(attempt(null).isPreview());
    }

    @Test
    @DisplayName("the first save is stored with its client time and time of saving")
    void firstSave() {
        AttemptSlot slot = slot();
        assertNull(slot.getResponse());
        assertTrue(slot.save("{\"value\":true}", 1000, START));
        assertEquals("{\"value\":true}", slot.getResponse());
        assertEquals(1000L, slot.getClientTime());
        assertEquals(START, slot.getSavedAt());
    }

    @Test
    @DisplayName("a newer client time replaces the response")
    void newerSaveWins() {
        AttemptSlot slot = slot();
        slot.save("{\"value\":true}", 1000, START);
        assertTrue(slot.save("{\"value\":false}", 2000, START.plusSeconds(5)));
        assertEquals("{\"value\":false}", slot.getResponse());
        assertEquals(2000L, slot.getClientTime());
        assertEquals(START.plusSeconds(5), slot.getSavedAt());
    }

    @Test
    @DisplayName("an older client time is refused: false, and response, client time and time of saving unchanged")
    void olderSaveRefused() {
        AttemptSlot slot = slot();
        slot.save("{\"value\":false}", 2000, START);
        assertFalse(slot.save("{\"value\":true}", 1999, START.plusSeconds(10)));
        assertEquals("{\"value\":false}", slot.getResponse());
        assertEquals(2000L, slot.getClientTime());
        assertEquals(START, slot.getSavedAt());
    }

    @Test
    @DisplayName("an equal client time overwrites (the same tab saving twice in one millisecond)")
    void equalTimeOverwrites() {
        AttemptSlot slot = slot();
        slot.save("{\"text\":\"a\"}", 2000, START);
        assertTrue(slot.save("{\"text\":\"ab\"}", 2000, START.plusSeconds(1)));
        assertEquals("{\"text\":\"ab\"}", slot.getResponse());
        assertEquals(START.plusSeconds(1), slot.getSavedAt());
    }

    @Test
    @DisplayName("a checked slot refuses every save, even a newer one")
    void checkedRefusesSaves() {
        AttemptSlot slot = slot();
        slot.save("{\"value\":true}", 1000, START);
        slot.check(Grade.graded(1, "Right"));
        assertTrue(slot.isChecked());
        assertEquals(Grade.Status.CORRECT, slot.getGradeStatus());
        assertFalse(slot.save("{\"value\":false}", 5000, START.plusSeconds(60)));
        assertEquals("{\"value\":true}", slot.getResponse());
        assertEquals(1000L, slot.getClientTime());
    }

    @Test
    @DisplayName("grading without checking leaves the slot open to saves")
    void gradedNotChecked() {
        AttemptSlot slot = slot();
        slot.grade(Grade.graded(0.5, "Half"));
        assertFalse(slot.isChecked());
        assertTrue(slot.save("{\"value\":false}", 1, START));
        assertEquals(new Grade(0.5, Grade.Status.PARTIAL, "Half"), slot.storedGrade());
    }

    @Test
    @DisplayName("feedback over 4000 characters is cut to 4000, ending in an ellipsis")
    void feedbackTruncated() {
        AttemptSlot slot = slot();
        slot.grade(Grade.graded(0, "x".repeat(5000)));
        assertEquals(4000, slot.getFeedback().length());
        assertTrue(slot.getFeedback().endsWith("x…"));
        slot.grade(Grade.graded(0, "y".repeat(4000)));
        assertEquals("y".repeat(4000), slot.getFeedback());
    }

    @Test
    @DisplayName("a lecturer's mark sets fraction, status, comment, marker and time")
    void mark() {
        AttemptSlot slot = slot();
        slot.grade(new Grade(0, Grade.Status.PENDING, ""));
        Account marker = learner();
        slot.mark(0.75, "Good start", marker, START.plusSeconds(3600));
        assertEquals(0.75, slot.getFraction());
        assertEquals(Grade.Status.PARTIAL, slot.getGradeStatus());
        assertEquals("Good start", slot.getMarkerComment());
        assertSame(marker, slot.getMarkedBy());
        assertEquals(START.plusSeconds(3600), slot.getMarkedAt());
        assertEquals(new Grade(0.75, Grade.Status.PARTIAL, ""), slot.storedGrade());
    }

    static Stream<List<Integer>> choiceOrders() {
        return Stream.of(List.of(), List.of(0), List.of(3, 0, 2, 1), List.of(10, 2, 11, 0), List.of(4, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("choiceOrders")
    @DisplayName("the choice order reads back as it was given, the empty order included")
    void choiceOrderRoundTrip(List<Integer> order) {
        AttemptSlot slot = attempt(null).addSlot(1, order);
        assertEquals(order, slot.getChoiceOrder());
    }

    @Test
    @DisplayName("without a deadline an attempt is open at any time until it is submitted")
    void openWithoutDeadline() {
        QuizAttempt attempt = attempt(null);
        assertTrue(attempt.isOpenAt(START));
        assertTrue(attempt.isOpenAt(START.plusSeconds(365L * 24 * 3600)));
        attempt.submit(START.plusSeconds(60), score(80, false));
        assertFalse(attempt.isOpenAt(START.plusSeconds(61)));
        assertFalse(attempt.isOpenAt(START));
    }

    @Test
    @DisplayName("with a deadline an attempt is open up to and at the deadline, closed a moment after")
    void openWithDeadline() {
        QuizAttempt attempt = attempt(DEADLINE);
        assertTrue(attempt.isOpenAt(START));
        assertTrue(attempt.isOpenAt(DEADLINE.minusMillis(1)));
        assertTrue(attempt.isOpenAt(DEADLINE));
        assertFalse(attempt.isOpenAt(DEADLINE.plusMillis(1)));
    }

    @Test
    @DisplayName("a submitted timed attempt is closed even before its deadline")
    void submittedBeforeDeadline() {
        QuizAttempt attempt = attempt(DEADLINE);
        attempt.submit(START.plusSeconds(60), score(40, false));
        assertFalse(attempt.isOpenAt(START.plusSeconds(61)));
        assertEquals(AttemptState.GRADED, attempt.getState());
        assertEquals(Boolean.FALSE, attempt.getPassed());
        assertEquals(40, attempt.getScorePercent());
        assertEquals(START.plusSeconds(60), attempt.getSubmittedAt());
    }

    @Test
    @DisplayName("a score that waits for marking leaves the attempt awaiting marking; recording the mark grades it")
    void awaitingMarking() {
        QuizAttempt attempt = attempt(null);
        attempt.submit(START.plusSeconds(60), score(50, true));
        assertEquals(AttemptState.AWAITING_MARKING, attempt.getState());
        assertNull(attempt.getPassed());
        assertFalse(attempt.isOpenAt(START.plusSeconds(61)));
        attempt.record(score(90, false));
        assertEquals(AttemptState.GRADED, attempt.getState());
        assertEquals(Boolean.TRUE, attempt.getPassed());
        assertEquals(90, attempt.getScorePercent());
        assertEquals(START.plusSeconds(60), attempt.getSubmittedAt(), "recording a mark keeps the submit time");
    }

    @Test
    @DisplayName("extra time moves the deadline of a running timed attempt")
    void extendRunning() {
        QuizAttempt attempt = attempt(DEADLINE);
        attempt.extendDeadline(15);
        assertEquals(DEADLINE.plusSeconds(15 * 60), attempt.getDeadlineAt());
        assertTrue(attempt.isOpenAt(DEADLINE.plusSeconds(10 * 60)));
    }

    @Test
    @DisplayName("extra time gives no deadline to an untimed attempt")
    void extendUntimed() {
        QuizAttempt attempt = attempt(null);
        attempt.extendDeadline(15);
        assertNull(attempt.getDeadlineAt());
    }

    @Test
    @DisplayName("extra time does not move the deadline of a submitted attempt")
    void extendSubmitted() {
        QuizAttempt attempt = attempt(DEADLINE);
        attempt.submit(START.plusSeconds(60), score(100, false));
        attempt.extendDeadline(15);
        assertEquals(DEADLINE, attempt.getDeadlineAt());
        assertFalse(attempt.isOpenAt(START.plusSeconds(120)));
    }
}
