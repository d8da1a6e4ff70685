package nl.leerwerkplaats.progress.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules for completing a module version: every lesson read; the final test(s) passed, or every quiz when
 * there is no final test (other quizzes are then practice); every reflection approved when it needs
 * approval, else submitted.
 */
public final class CompletionRules {

    static final String LESSON = "progress.rule.lesson";
    static final String QUIZ = "progress.rule.quiz";
    static final String FINAL_TEST = "progress.rule.finalTest";
    static final String REFLECTION_APPROVED = "progress.rule.reflectionApproved";
    static final String REFLECTION_SUBMITTED = "progress.rule.reflectionSubmitted";

    private CompletionRules() {
    }

    /**
     * The requirements for these items given what the learner has done: lessons, then quizzes, then
     * reflections, each kind in input order.
     */
    public static ModuleProgress evaluate(List<LessonItem> lessons, List<QuizItem> quizzes,
            List<ReflectionItem> reflections, Set<String> lessonsRead, Set<String> quizzesPassed,
            Set<String> reflectionsSubmitted, Set<String> reflectionsApproved) {
        List<Requirement> requirements = new ArrayList<>();
        for (LessonItem lesson : lessons) {
            requirements.add(new Requirement(Requirement.Kind.LESSON, lesson.key(), lesson.title(), LESSON,
                    lessonsRead.contains(lesson.key())));
        }
        boolean hasFinalTest = quizzes.stream().anyMatch(QuizItem::finalTest);
        for (QuizItem quiz : quizzes) {
            if (hasFinalTest && !quiz.finalTest()) {
                continue;
            }
            requirements.add(new Requirement(Requirement.Kind.QUIZ, quiz.key(), quiz.title(),
                    hasFinalTest ? FINAL_TEST : QUIZ, quizzesPassed.contains(quiz.key())));
        }
        for (ReflectionItem reflection : reflections) {
            boolean approved = reflectionsApproved.contains(reflection.key());
            boolean met = reflection.approvalRequired() ? approved
                    : approved || reflectionsSubmitted.contains(reflection.key());
            requirements.add(new Requirement(Requirement.Kind.REFLECTION, reflection.key(), reflection.title(),
                    reflection.approvalRequired() ? REFLECTION_APPROVED : REFLECTION_SUBMITTED, met));
        }
        return new ModuleProgress(requirements);
    }
}
