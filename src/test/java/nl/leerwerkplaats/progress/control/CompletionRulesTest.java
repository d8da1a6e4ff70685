package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.progress.control.Requirement.Kind;

/** The rules for completing a module version and the progress figures derived from them. */
class CompletionRulesTest {

    private static final List<LessonItem> LESSONS = List.of(new LessonItem("l1", "Intro"),
            new LessonItem("l2", "Verdieping"));
    private static final List<QuizItem> PRACTICE_ONLY = List.of(new QuizItem("q1", "Oefen 1", false),
            new QuizItem("q2", "Oefen 2", false));
    private static final List<QuizItem> WITH_FINAL = List.of(new QuizItem("q1", "Oefen 1", false),
            new QuizItem("eind", "Eindtoets", true), new QuizItem("q2", "Oefen 2", false));
    private static final List<ReflectionItem> REFLECTIONS = List.of(new ReflectionItem("r1", "Logboek", false),
            new ReflectionItem("r2", "Portfolio", true));

    private static ModuleProgress evaluate(List<LessonItem> lessons, List<QuizItem> quizzes,
            List<ReflectionItem> reflections, Set<String> read, Set<String> passed, Set<String> submitted,
            Set<String> approved) {
        return CompletionRules.evaluate(lessons, quizzes, reflections, read, passed, submitted, approved);
    }

    private static List<String> keys(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::key).toList();
    }

    @Test
    @DisplayName("every lesson must be read, in input order")
    void lessons() {
        ModuleProgress progress = evaluate(LESSONS, List.of(), List.of(), Set.of("l2"), Set.of(), Set.of(),
                Set.of());
        assertEquals(List.of(
                new Requirement(Kind.LESSON, "l1", "Intro", "progress.rule.lesson", false),
                new Requirement(Kind.LESSON, "l2", "Verdieping", "progress.rule.lesson", true)),
                progress.requirements());
    }

    @Test
    @DisplayName("without a final test every quiz must be passed")
    void everyQuizWithoutFinalTest() {
        ModuleProgress progress = evaluate(List.of(), PRACTICE_ONLY, List.of(), Set.of(), Set.of("q2"), Set.of(),
                Set.of());
        List<Requirement> quizzes = progress.of(Kind.QUIZ);
        assertEquals(List.of("q1", "q2"), keys(quizzes));
        assertEquals(List.of(false, true), quizzes.stream().map(Requirement::met).toList());
        assertTrue(quizzes.stream().allMatch(r -> r.ruleKey().equals("progress.rule.quiz")));
    }

    @Test
    @DisplayName("with a final test only the final test counts; practice quizzes are not listed")
    void onlyFinalTestWhenPresent() {
        ModuleProgress progress = evaluate(List.of(), WITH_FINAL, List.of(), Set.of(), Set.of("eind"), Set.of(),
                Set.of());
        assertEquals(List.of(new Requirement(Kind.QUIZ, "eind", "Eindtoets", "progress.rule.finalTest", true)),
                progress.requirements());
        assertTrue(progress.complete());
    }

    @Test
    @DisplayName("passing only practice quizzes does not pass the final test")
    void practiceDoesNotCount() {
        ModuleProgress progress = evaluate(List.of(), WITH_FINAL, List.of(), Set.of(), Set.of("q1", "q2"),
                Set.of(), Set.of());
        assertFalse(progress.complete());
        assertEquals(0, progress.done());
    }

    @Test
    @DisplayName("several final tests are all required, in input order")
    void severalFinalTests() {
        List<QuizItem> quizzes = List.of(new QuizItem("b", "B", true), new QuizItem("p", "P", false),
                new QuizItem("a", "A", true));
        ModuleProgress progress = evaluate(List.of(), quizzes, List.of(), Set.of(), Set.of("a"), Set.of(),
                Set.of());
        assertEquals(List.of("b", "a"), keys(progress.requirements()));
        assertEquals(1, progress.done());
    }

    @Test
    @DisplayName("a reflection needing approval is not met by submission alone")
    void approvalRequired() {
        ModuleProgress submitted = evaluate(List.of(), List.of(), REFLECTIONS, Set.of(), Set.of(),
                Set.of("r1", "r2"), Set.of());
        assertEquals(List.of(true, false), submitted.requirements().stream().map(Requirement::met).toList());
        assertEquals(List.of("progress.rule.reflectionSubmitted", "progress.rule.reflectionApproved"),
                submitted.requirements().stream().map(Requirement::ruleKey).toList());

        ModuleProgress approved = evaluate(List.of(), List.of(), REFLECTIONS, Set.of(), Set.of(),
                Set.of("r1"), Set.of("r2"));
        assertTrue(approved.complete());
    }

    @Test
    @DisplayName("an approved reflection counts as submitted too")
    void approvedCountsAsSubmitted() {
        ModuleProgress progress = evaluate(List.of(), List.of(), REFLECTIONS, Set.of(), Set.of(), Set.of(),
                Set.of("r1"));
        assertEquals(List.of(true, false), progress.requirements().stream().map(Requirement::met).toList());
    }

    @Test
    @DisplayName("percent rounds down: 1 of 3 is 33, 2 of 3 is 66")
    void percentRoundsDown() {
        List<LessonItem> three = List.of(new LessonItem("a", "A"), new LessonItem("b", "B"),
                new LessonItem("c", "C"));
        ModuleProgress one = evaluate(three, List.of(), List.of(), Set.of("a"), Set.of(), Set.of(), Set.of());
        assertEquals(1, one.done());
        assertEquals(3, one.total());
        assertEquals(33, one.percent());
        ModuleProgress two = evaluate(three, List.of(), List.of(), Set.of("a", "c"), Set.of(), Set.of(),
                Set.of());
        assertEquals(66, two.percent());
        assertFalse(two.complete());
    }

    @Test
    @DisplayName("an empty module is never complete and is at 0%")
    void emptyModule() {
        ModuleProgress progress = evaluate(List.of(), List.of(), List.of(), Set.of("x"), Set.of("y"), Set.of(),
                Set.of());
        assertEquals(0, progress.total());
        assertEquals(0, progress.percent());
        assertFalse(progress.complete());
        assertEquals(Optional.empty(), progress.next());
    }

    @Test
    @DisplayName("next is the first unmet requirement: lessons, then quizzes, then reflections")
    void nextOrder() {
        assertEquals("l1", next(Set.of(), Set.of(), Set.of()));
        assertEquals("l2", next(Set.of("l1"), Set.of("eind"), Set.of("r2")));
        assertEquals("eind", next(Set.of("l1", "l2"), Set.of("q1"), Set.of("r1", "r2")));
        assertEquals("r1", next(Set.of("l1", "l2"), Set.of("eind"), Set.of("r2")));
        assertEquals("r2", next(Set.of("l1", "l2"), Set.of("eind"), Set.of("r1")));
        assertEquals(null, next(Set.of("l1", "l2"), Set.of("eind"), Set.of("r1", "r2")));
    }

    private static String next(Set<String> read, Set<String> passed, Set<String> approved) {
        return evaluate(LESSONS, WITH_FINAL, REFLECTIONS, read, passed, Set.of(), approved).next()
                .map(Requirement::key).orElse(null);
    }

    @Test
    @DisplayName("a full module counts all kinds, 100% when everything is met")
    void fullModule() {
        ModuleProgress progress = evaluate(LESSONS, WITH_FINAL, REFLECTIONS, Set.of("l1", "l2"), Set.of("eind"),
                Set.of("r1"), Set.of("r2"));
        assertEquals(5, progress.total());
        assertEquals(5, progress.done());
        assertEquals(100, progress.percent());
        assertTrue(progress.complete());
        assertEquals(List.of("l1", "l2"), keys(progress.of(Kind.LESSON)));
        assertEquals(List.of("r1", "r2"), keys(progress.of(Kind.REFLECTION)));
    }
}
