package nl.leerwerkplaats.reflection;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.Pages;
import nl.leerwerkplaats.testsupport.browser.ReflectionReviewPage;
import nl.leerwerkplaats.testsupport.browser.ReflectionWritePage;
import nl.leerwerkplaats.testsupport.browser.ReviewQueuePage;

/**
 * The reflection loop in headless Chromium: a student writes module 1's reflection (autosave visible), submits;
 * the lecturer asks for a revision; the student revises and resubmits; the lecturer approves. Pages pass axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReflectionPageIT extends BrowserJourney {

    private static final String MODULE = "m1-herkomst-en-begrippen";
    private static final String ASSIGNMENT = "eigen-normaal";
    private static final String STUDENT = "demo-student-3";
    private static final String STUDENT_NAME = "Lotte Visser";

    private static String words(String word, int count) {
        return (word + " ").repeat(count).strip();
    }

    @Test
    @DisplayName("Write with autosave, submit, revise after feedback, resubmit, get approved")
    void revisionLoop() {
        LoginPage.open(driver, base).logIn(STUDENT, "demo");
        ReflectionWritePage page = ReflectionWritePage.open(driver, base, MODULE, ASSIGNMENT);
        assertNoSeriousViolations(driver, "reflection editor");
        List<WebElement> sections = page.sections();
        assertEquals(3, sections.size(), "the SKJ template's three dimensions");

        page.write(sections.get(0), words("methodisch", 70));
        page.waitUntilSaved();
        assertTrue(page.wordCount(sections.get(0)).startsWith("70 woorden"), page.wordCount(sections.get(0)));
        page.write(sections.get(1), "Te kort.");
        page.write(sections.get(2), words("persoonlijk", 70));
        page.waitUntilSaved();

        driver.navigate().refresh();
        page = new ReflectionWritePage(driver);
        sections = page.sections();
        assertTrue(sections.get(0).findElement(By.tagName("textarea")).getAttribute("value").startsWith("methodisch"),
                "the draft survives a reload");
        page.submitExpectingErrors();
        assertTrue(page.error(sections.get(1)).contains("minstens"), "message next to the short section");
        assertEquals("", page.error(sections.get(0)));

        page.write(sections.get(1), words("normatief", 70));
        page.waitUntilSaved();
        page = page.submit();
        assertEquals("ingeleverd", page.status());
        LoginPage.logOut(driver);

        review("NEEDS_REVISION", "Geef een voorbeeld uit je stage.");

        LoginPage.open(driver, base).logIn(STUDENT, "demo");
        assertTrue(driver.findElement(By.id("unread-count")).getText().contains("1"), "a notification waits");
        page = ReflectionWritePage.open(driver, base, MODULE, ASSIGNMENT);
        assertEquals("herzien nodig", page.status());
        assertTrue(page.versionsText().contains("Geef een voorbeeld uit je stage."), "the feedback is shown");
        page.write(page.sections().get(1), words("normatief", 60) + " bijvoorbeeld op mijn stage");
        page.waitUntilSaved();
        page = page.submit();
        assertEquals("ingeleverd", page.status());
        assertTrue(driver.findElements(By.cssSelector("#version-2 ins")).size() > 0, "the change is marked");
        LoginPage.logOut(driver);

        review("APPROVED", "Goed uitgewerkt.");
        LoginPage.open(driver, base).logIn(STUDENT, "demo");
        page = ReflectionWritePage.open(driver, base, MODULE, ASSIGNMENT);
        assertEquals("goedgekeurd", page.status());
        assertNoSeriousViolations(driver, "approved reflection");
    }

    @Test
    @DisplayName("Two tabs on one draft: the second gets a conflict, keeps its own text, and the first sees it after reload")
    void twoTabsAskBeforeOverwriting() {
        LoginPage.open(driver, base).logIn("demo-student", "demo");
        ReflectionWritePage first = ReflectionWritePage.open(driver, base, MODULE, ASSIGNMENT);
        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        ReflectionWritePage second = ReflectionWritePage.open(driver, base, MODULE, ASSIGNMENT);
        String secondTab = driver.getWindowHandle();

        driver.switchTo().window(firstTab);
        first.write(first.sections().get(0), "Tekst uit het eerste venster");
        first.waitUntilSaved();

        driver.switchTo().window(secondTab);
        second.write(second.sections().get(0), "Tekst uit het tweede venster");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("conflict")).isDisplayed());
        assertNoSeriousViolations(driver, "conflict notice");
        driver.findElement(By.id("keep-mine")).click();
        second.waitUntilSaved();

        driver.switchTo().window(firstTab);
        driver.navigate().refresh();
        first = new ReflectionWritePage(driver);
        assertEquals("Tekst uit het tweede venster",
                first.sections().get(0).findElement(By.tagName("textarea")).getAttribute("value"));
    }

    private void review(String decision, String feedback) {
        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ReviewQueuePage queue = ReviewQueuePage.open(driver, base);
        assertNoSeriousViolations(driver, "review queue");
        ReflectionReviewPage review = queue.reviewOf(STUDENT_NAME);
        assertNoSeriousViolations(driver, "review page");
        queue = review.decide(decision, feedback, 1);
        assertTrue(queue.messages().contains(STUDENT_NAME), "back on the queue with a confirmation");
        LoginPage.logOut(driver);
    }
}
