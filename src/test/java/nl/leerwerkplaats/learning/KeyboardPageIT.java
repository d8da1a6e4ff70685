package nl.leerwerkplaats.learning;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.Keyboard;
import nl.leerwerkplaats.testsupport.browser.KeyboardHand;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModuleOneSteps;
import nl.leerwerkplaats.testsupport.browser.Pages;
import nl.leerwerkplaats.testsupport.browser.QuizAttemptPage;
import nl.leerwerkplaats.testsupport.browser.QuizOverviewPage;
import nl.leerwerkplaats.testsupport.browser.QuizResultPage;
import nl.leerwerkplaats.testsupport.browser.ReflectionWritePage;
import nl.leerwerkplaats.testsupport.browser.RightAnswers;

/**
 * Keyboard only, in headless Chromium: the final test of module 1 answered and submitted, and a reflection written
 * and submitted, with Tab, the arrow keys, Space, Enter and typing; nothing is clicked once the page is open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardPageIT extends BrowserJourney {

    private static final String MODULE = ModuleOneSteps.MODULE;

    private Keyboard keyboard;

    @BeforeEach
    void keyboard() {
        keyboard = new Keyboard(driver);
    }

    @Test
    @DisplayName("Keyboard only: every question type of the final test is answered, saved and submitted; all answers count")
    void quizWithKeyboardOnly() {
        List<GiftQuestion> bank = ModuleOneSteps.finalTestBank();
        LoginPage.open(driver, base).logIn("demo-student-3", "demo");
        QuizAttemptPage attempt = QuizOverviewPage.open(driver, base, MODULE, "eindtoets").start();
        KeyboardHand hand = new KeyboardHand(keyboard);
        for (WebElement question : attempt.questions()) {
            RightAnswers.answer(hand, question, bank);
        }
        attempt.waitUntilSaved();
        WebElement submit = driver.findElement(By.id("submit-attempt"));
        keyboard.tabTo(submit);
        keyboard.press(Keys.ENTER);
        attempt.waitFor(() -> driver.findElement(By.id("submit-confirm")).isDisplayed());
        assertEquals("submit-confirm", keyboard.focused().getAttribute("id"), "the confirmation takes the focus");
        keyboard.tabTo(submit);
        keyboard.press(Keys.ENTER);
        QuizResultPage result = new QuizResultPage(driver);
        assertTrue(result.verdict().startsWith("Geslaagd"), result.verdict());
        assertTrue(result.score().contains("100"), "every keyboard answer counted: " + result.score());
        assertNoSeriousViolations(driver, "result after a keyboard-only attempt");
    }

    @Test
    @DisplayName("Keyboard only: the reflection editor is written in section by section and submitted with Enter")
    void reflectionWithKeyboardOnly() {
        LoginPage.open(driver, base).logIn("demo-student-2", "demo");
        ReflectionWritePage page = ReflectionWritePage.open(driver, base, MODULE, "eigen-normaal");
        for (WebElement section : page.sections()) {
            keyboard.tabTo(section.findElement(By.tagName("textarea")));
            keyboard.press("Op mijn stage vond een moeder de drukte van haar zoon heel gewoon, de school niet. "
                    .repeat(6));
        }
        page.waitUntilSaved();
        keyboard.tabTo(driver.findElement(By.id("submit-reflection")));
        WebElement before = driver.findElement(By.tagName("html"));
        keyboard.press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(Pages.replaced(before));
        assertEquals("ingeleverd", new ReflectionWritePage(driver).status());
    }
}
