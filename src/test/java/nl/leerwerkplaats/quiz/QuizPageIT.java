package nl.leerwerkplaats.quiz;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.testsupport.ContentFolder;
import nl.leerwerkplaats.testsupport.browser.AccessibilityScan;
import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModuleOneSteps;
import nl.leerwerkplaats.testsupport.browser.Pages;
import nl.leerwerkplaats.testsupport.browser.QuizAttemptPage;
import nl.leerwerkplaats.testsupport.browser.QuizOverviewPage;
import nl.leerwerkplaats.testsupport.browser.QuizResultPage;
import nl.leerwerkplaats.testsupport.browser.RightAnswers;

/**
 * A professional takes module 1's final test in headless Chromium and passes it, answering from the GIFT file
 * as a well-prepared learner would. On the way the session expires: the answer given then waits in the
 * browser and reaches the server after logging in again. Every page is scanned with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizPageIT extends BrowserJourney {

    private static final String MODULE = "m1-herkomst-en-begrippen";
    private static final String TIMED = "it-timed-quiz";

    @Test
    @DisplayName("Take and pass the module 1 final test; an answer given after the session expired is not lost")
    void takeAndPassFinalTest() {
        List<GiftQuestion> bank = ModuleOneSteps.finalTestBank();
        LoginPage.open(driver, base).logIn("demo-professional", "demo");
        QuizOverviewPage overview = QuizOverviewPage.open(driver, base, MODULE, "eindtoets");
        assertTrue(overview.rules().contains("70%"), overview.rules());
        assertNoSeriousViolations(driver, "quiz overview");

        QuizAttemptPage attempt = overview.start();
        List<WebElement> questions = attempt.questions();
        assertEquals(bank.size(), questions.size(), "module 1's final test draws every question");
        assertNoSeriousViolations(driver, "quiz attempt");

        int half = questions.size() / 2;
        for (int i = 0; i < half; i++) {
            RightAnswers.answer(attempt, questions.get(i), bank);
        }
        attempt.waitUntilSaved();
        String firstQuestion = QuizAttemptPage.text(questions.get(0));

        driver.navigate().refresh();
        attempt = new QuizAttemptPage(driver);
        WebElement reloaded = attempt.questions().get(0);
        assertEquals(firstQuestion, QuizAttemptPage.text(reloaded), "the attempt keeps its order");
        assertTrue(answered(reloaded), "answers saved before the reload are shown again");

        // The session expires: the next answer cannot reach the server and waits in the browser.
        driver.manage().deleteCookieNamed("JSESSIONID");
        WebElement next = attempt.questions().get(half);
        RightAnswers.answer(attempt, next, bank);
        QuizAttemptPage waiting = attempt;
        waiting.waitFor(waiting::loggedOutNoticeShown);
        assertNotNull(attempt.bufferedAnswers(), "the answer is kept on this device");
        driver.get(attempt.loginAgainLink().getAttribute("href"));
        new LoginPage(driver).logInAndContinue("demo-professional", "demo");
        attempt = new QuizAttemptPage(driver);
        attempt.waitUntilSaved();
        assertTrue(answered(attempt.questions().get(half)), "the buffered answer was replayed after login");

        questions = attempt.questions();
        for (int i = half + 1; i < questions.size(); i++) {
            RightAnswers.answer(attempt, questions.get(i), bank);
        }
        attempt.waitUntilSaved();
        driver.navigate().refresh();
        attempt = new QuizAttemptPage(driver);
        assertTrue(answered(attempt.questions().get(half)), "the replayed answer is stored on the server");

        QuizResultPage result = attempt.submit();
        assertTrue(result.verdict().startsWith("Geslaagd"), result.verdict());
        assertTrue(result.score().startsWith("Score: 100%"), result.score());
        assertEquals(bank.size(), result.reviewedQuestions().size());
        assertNoSeriousViolations(driver, "quiz result");
    }

    @Test
    @DisplayName("Keyboard alone: start the quiz, answer a question, submit and confirm, without a mouse")
    void quizWorksWithKeyboardAlone() {
        LoginPage.open(driver, base).logIn("demo-student-2", "demo");
        QuizOverviewPage.open(driver, base, MODULE, "eindtoets");
        tabTo(e -> "start-form:start".equals(e.getAttribute("id"))).sendKeys(Keys.ENTER);
        QuizAttemptPage attempt = new QuizAttemptPage(driver);
        String firstSlot = attempt.questions().get(0).getAttribute("data-slot");

        WebElement input = tabTo(e -> List.of("input", "select", "textarea").contains(e.getTagName()));
        switch (input.getTagName() + ":" + input.getAttribute("type")) {
            case "input:radio", "input:checkbox" -> input.sendKeys(Keys.SPACE);
            case "input:text" -> input.sendKeys("5", Keys.TAB);
            default -> input.sendKeys(Keys.ARROW_DOWN, Keys.TAB);
        }
        attempt.waitUntilSaved();
        driver.navigate().refresh();
        attempt = new QuizAttemptPage(driver);
        WebElement first = attempt.questions().get(0);
        assertEquals(firstSlot, first.getAttribute("data-slot"));
        assertTrue(answered(first), "the answer given with the keyboard was saved");

        tabTo(e -> "submit-attempt".equals(e.getAttribute("id"))).sendKeys(Keys.ENTER);
        new QuizAttemptPage(driver).waitFor(() -> driver.findElement(By.id("submit-confirm")).isDisplayed());
        WebElement html = driver.findElement(By.tagName("html"));
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        tabTo(e -> "submit-attempt".equals(e.getAttribute("id"))).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(Pages.replaced(html));
        assertTrue(new QuizResultPage(driver).verdict().contains("Niet geslaagd"), "graded with one answer");
    }

    @Test
    @DisplayName("A timed quiz shows a countdown and submits itself at zero with the answers given")
    void timedQuizSubmitsAtZero() throws IOException {
        ContentFolder content = new ContentFolder(Path.of("target", "it-content"));
        content.module(TIMED, "01-les.md");
        content.write(TIMED + "/module.yaml", Files.readString(content.root().resolve(TIMED + "/module.yaml"))
                + "quizzes:\n  kort:\n    timeLimitMinutes: 1\n");
        content.write(TIMED + "/quizzes/kort.gift", "::een:: Is normaliseren een doel van de Jeugdwet? {T}\n\n"
                + "::twee:: Wordt elk kind met zorgen doorverwezen? {F}\n");
        try {
            reloadContentAsAdmin();
            LoginPage.open(driver, base).logIn("demo-student-3", "demo");
            QuizAttemptPage attempt = QuizOverviewPage.open(driver, base, TIMED, "kort").start();
            WebElement countdown = driver.findElement(By.id("countdown"));
            assertTrue(countdown.getText().matches("(?s).*0:[0-5]\\d.*|.*1:00.*"), countdown.getText());
            attempt.choose(attempt.questions().get(0), "Waar");
            attempt.choose(attempt.questions().get(1), "Waar");
            attempt.waitUntilSaved();

            WebElement html = driver.findElement(By.tagName("html"));
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(Pages.replaced(html));
            QuizResultPage result = new QuizResultPage(driver);
            assertTrue(result.score().startsWith("Score: 50%"), "graded with both saved answers: " + result.score());
        } finally {
            content.delete(TIMED);
            reloadContentAsAdmin();
        }
    }

    @Test
    @DisplayName("A lecturer opens a learner's quizzes from the class page and grants an extra attempt; pages pass axe")
    void lecturerGrantsExtraAttempt() {
        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        driver.get(base + "/quiz/analysis?module=" + MODULE + "&quiz=eindtoets");
        assertTrue(driver.findElement(By.id("analysis-scope")).getText().contains("alle studenten"));
        assertNoSeriousViolations(driver, "item analysis");
        driver.get(base + "/quiz/marking");
        assertNoSeriousViolations(driver, "marking");

        driver.get(base + "/classes/index");
        AccessibilityScan.scanOnce(driver, "my classes");
        driver.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().startsWith("Demo: SPH jaar 2")).findFirst().orElseThrow().click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("a.learner-link")).isEmpty());
        AccessibilityScan.scanOnce(driver, "class page");
        driver.findElement(By.cssSelector("a.learner-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("grant-form")).isEmpty());
        assertNoSeriousViolations(driver, "learner's quizzes");

        WebElement attempts = driver.findElement(By.id("grant-form:extraAttempts"));
        attempts.clear();
        attempts.sendKeys("99");
        submitGrant();
        assertTrue(driver.findElement(By.id("grant-form")).getText().contains("10"),
                "the limit is shown next to the field: " + driver.findElement(By.id("grant-form")).getText());
        attempts = driver.findElement(By.id("grant-form:extraAttempts"));
        attempts.clear();
        attempts.sendKeys("1");
        submitGrant();
        assertTrue(driver.findElement(By.id("page-messages")).getText().startsWith("Toegekend aan"),
                driver.findElement(By.id("page-messages")).getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("van 4 pogingen gebruikt"),
                "three attempts plus the extra one");
    }

    private void submitGrant() {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("grant-form:grant")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(Pages.replaced(html));
    }

    private void reloadContentAsAdmin() {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).logIn("demo-beheerder", "demo");
        driver.get(base + "/admin/content");
        AccessibilityScan.scanOnce(driver, "content administration");
        driver.findElement(By.id("content:reload")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("content:messages"))
                .getText().contains("module(s) geladen"));
        driver.manage().deleteAllCookies();
    }

    /** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
    private WebElement tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 400; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("never reached by Tab; focus is on " + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    private static boolean answered(WebElement question) {
        return question.findElements(By.cssSelector("input:checked")).size()
                + question.findElements(By.cssSelector("input[type=text]")).stream()
                .filter(e -> !e.getAttribute("value").isEmpty()).count()
                + question.findElements(By.cssSelector("select")).stream()
                .filter(e -> !e.getAttribute("value").isEmpty()).count() > 0;
    }
}
