package nl.leerwerkplaats.progress;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.browser.AssignModulesPage;
import nl.leerwerkplaats.testsupport.browser.Browser;
import nl.leerwerkplaats.testsupport.browser.ClassMatrixPage;
import nl.leerwerkplaats.testsupport.browser.ClassPage;
import nl.leerwerkplaats.testsupport.browser.ClassesPage;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModuleOneSteps;
import nl.leerwerkplaats.testsupport.browser.MyLearningPage;
import nl.leerwerkplaats.testsupport.browser.QuizResultPage;
import nl.leerwerkplaats.testsupport.browser.ReviewQueuePage;

/**
 * A real class through module 1 in headless Chromium: a lecturer creates a class and assigns the module with a
 * deadline, a new student joins with the code, reads every lesson, passes the final test and has the reflection
 * approved; the lecturer then sees the module completed in the class matrix, and the student on "Mijn leren".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressPageIT extends ShippedWarClient {

    private static final String MODULE = ModuleOneSteps.MODULE;
    private static final String PASSWORD = "Normaal-is-goed-genoeg-2026";

    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    @DisplayName("progress R1 R3 R6 R7: a lecturer assigns module 1, a student completes it, the lecturer sees it in the matrix")
    void classCompletesModuleOne() {
        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ClassPage klas = ClassesPage.open(driver, base).create("Normaliseren groep C " + System.nanoTime());
        String code = klas.joinCode();
        String cohortId = klas.id();
        AssignModulesPage assignments = klas.assignments();
        assertNoSeriousViolations(driver, "assignments");
        LocalDate due = LocalDate.now().plusDays(10);
        assignments = assignments.assign(MODULE, due);
        assertTrue(assignments.row(MODULE).contains("23:59"), assignments.row(MODULE));
        LoginPage.logOut(driver);

        String name = "Noor Jansen " + System.nanoTime() % 100000;
        String email = "noor" + System.nanoTime() + "@example.org";
        driver.get(base + "/join?code=" + code);
        driver.findElement(By.id("new-account:name")).sendKeys(name);
        driver.findElement(By.id("new-account:email")).sendKeys(email);
        driver.findElement(By.id("new-account:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("new-account:submit")).click();
        new LoginPage(driver).waitFor(() -> driver.getCurrentUrl().contains("/login"));
        new LoginPage(driver).logIn(email, PASSWORD);

        MyLearningPage learning = MyLearningPage.open(driver, base);
        assertTrue(learning.meta(MODULE).contains("Deadline"), "the assigned module with its deadline");
        assertNoSeriousViolations(driver, "Mijn leren");
        ModuleOneSteps.readEveryLesson(driver, base);
        QuizResultPage result = ModuleOneSteps.passFinalTest(driver, base);
        assertTrue(result.verdict().startsWith("Geslaagd"), result.verdict());
        assertEquals("ingeleverd", ModuleOneSteps.writeAndSubmitReflection(driver, base));
        learning = MyLearningPage.open(driver, base);
        assertTrue(learning.status(MODULE).contains("Bezig"), "waiting for the reflection's approval: "
                + learning.status(MODULE));
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ClassMatrixPage matrix = ClassMatrixPage.open(driver, base, cohortId);
        assertTrue(matrix.cellsOf(name).get(0).startsWith("Bezig"), matrix.cellsOf(name).toString());
        ReviewQueuePage queue = ReviewQueuePage.open(driver, base).reviewOf(name)
                .decide("APPROVED", "Helder beschreven, met een eerlijke blik op je eigen normaal.", 2);
        assertTrue(queue.messages().contains(name));
        matrix = ClassMatrixPage.open(driver, base, cohortId);
        assertTrue(matrix.cellsOf(name).get(0).startsWith("Afgerond · 100%"), matrix.cellsOf(name).toString());
        assertNoSeriousViolations(driver, "class matrix");
        assertTrue(matrix.toggleBehind().learners().isEmpty(), "nobody is behind: the one learner completed");
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        learning = MyLearningPage.open(driver, base);
        assertTrue(learning.status(MODULE).startsWith("Afgerond"), learning.status(MODULE));
        assertTrue(learning.meta(MODULE).contains("Afgerond op"), learning.meta(MODULE));
    }
}
