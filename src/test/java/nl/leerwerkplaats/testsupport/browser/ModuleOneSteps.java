package nl.leerwerkplaats.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;

import nl.leerwerkplaats.quiz.boundary.GiftQuizzes;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** What a learner does to complete module 1 in the browser: read every lesson, pass the final test, reflect. */
public final class ModuleOneSteps {

    public static final String MODULE = "m1-herkomst-en-begrippen";
    private static final Path GIFT = Path.of("modules-content", MODULE, "quizzes", "eindtoets.gift");
    private static final String REFLECTION = "eigen-normaal";
    private static final String SITUATION =
            "Bij mijn stage zag ik een gezin waarin de zorgen vooral bij de school lagen. ";

    private ModuleOneSteps() {
    }

    /** Opens the first lesson from the module page and follows "next" through the last. */
    public static void readEveryLesson(WebDriver driver, String base) {
        driver.get(base + "/learning/module?id=" + MODULE);
        ModulePage module = new ModulePage(driver);
        List<String> titles = module.lessonTitles();
        AccessibilityScan.assertNoSeriousViolations(driver, "module page");
        LessonPage lesson = module.openLesson(titles.get(0));
        AccessibilityScan.assertNoSeriousViolations(driver, "lesson 1");
        for (int i = 1; i < titles.size(); i++) {
            lesson = lesson.next();
        }
    }

    /** The final test's questions as the GIFT file in modules-content/ has them, to find the right answers in. */
    public static List<GiftQuestion> finalTestBank() {
        try {
            return GiftQuizzes.parse(Files.readString(GIFT, StandardCharsets.UTF_8), GIFT.toString()).questions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers every question of the final test right; returns the result page. */
    public static QuizResultPage passFinalTest(WebDriver driver, String base) {
        List<GiftQuestion> bank = finalTestBank();
        QuizAttemptPage attempt = QuizOverviewPage.open(driver, base, MODULE, "eindtoets").start();
        AccessibilityScan.assertNoSeriousViolations(driver, "quiz attempt");
        for (WebElement question : attempt.questions()) {
            RightAnswers.answer(attempt, question, bank);
        }
        attempt.waitUntilSaved();
        QuizResultPage result = attempt.submit();
        AccessibilityScan.assertNoSeriousViolations(driver, "quiz result");
        return result;
    }

    /** Adds a sentence to the first section after feedback and submits again; returns the status shown then. */
    public static String reviseReflection(WebDriver driver, String base, String sentence) {
        ReflectionWritePage page = ReflectionWritePage.open(driver, base, MODULE, REFLECTION);
        WebElement first = page.sections().get(0);
        page.write(first, SITUATION.repeat(6).strip() + " " + sentence);
        page.waitUntilSaved();
        return page.submit().status();
    }

    /** The status of the learner's reflection as its page shows it ("herzien nodig", "ingeleverd", ...). */
    public static String reflectionStatus(WebDriver driver, String base) {
        return ReflectionWritePage.open(driver, base, MODULE, REFLECTION).status();
    }

    /** Writes every section of the reflection and submits it; returns the status shown after submitting. */
    public static String writeAndSubmitReflection(WebDriver driver, String base) {
        ReflectionWritePage page = ReflectionWritePage.open(driver, base, MODULE, REFLECTION);
        AccessibilityScan.assertNoSeriousViolations(driver, "reflection editor");
        for (WebElement section : page.sections()) {
            page.write(section, SITUATION.repeat(6).strip());
        }
        page.waitUntilSaved();
        return page.submit().status();
    }
}
