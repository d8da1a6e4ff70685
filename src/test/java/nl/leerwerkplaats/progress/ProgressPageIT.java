package nl.leerwerkplaats.progress;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.AssignModulesPage;
import nl.leerwerkplaats.testsupport.browser.ClassMatrixPage;
import nl.leerwerkplaats.testsupport.browser.ClassPage;
import nl.leerwerkplaats.testsupport.browser.ClassesPage;
import nl.leerwerkplaats.testsupport.browser.ItemAnalysisPage;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModuleOneSteps;
import nl.leerwerkplaats.testsupport.browser.MyLearningPage;
import nl.leerwerkplaats.testsupport.browser.QuizResultPage;
import nl.leerwerkplaats.testsupport.browser.ReviewQueuePage;

/**
 * A real class through module 1 in headless Chromium: a lecturer creates a class and assigns the module with a
 * deadline, a new student joins with the code, reads every lesson, passes the final test and has the reflection
 * approved after one revision; the lecturer then sees the module completed in the class matrix, and the student on
 * "Mijn leren", also on a phone-sized window and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressPageIT extends BrowserJourney {

    private static final String MODULE = ModuleOneSteps.MODULE;
    private static final String PASSWORD = "Normaal-is-goed-genoeg-2026";

    @Test
    @DisplayName("progress R1 R3 R6 R7: a lecturer imports a class list and assigns module 1, a student completes it after a revision, the lecturer reads and exports the matrix and item analysis")
    void classCompletesModuleOne() throws IOException {
        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ClassPage klas = ClassesPage.open(driver, base).create("Normaliseren groep C " + System.nanoTime());
        String code = klas.joinCode();
        String cohortId = klas.id();
        Path roster = Files.createTempFile("klaslijst", ".csv");
        Files.writeString(roster, "naam,e-mail,studentnummer\r\nFatima El Amrani,fatima" + System.nanoTime()
                + "@example.org,500101\r\nJoris de Wit,joris" + System.nanoTime() + "@example.org,500102\r\n");
        klas = klas.importCsv(roster);
        assertEquals(2, klas.importReport().size(), klas.importReport().toString());
        assertTrue(klas.memberNames().stream().filter(n -> n.startsWith("Fatima El Amrani") || n.startsWith("Joris de Wit"))
                .count() == 2, "both invited: " + klas.memberNames());
        assertNoSeriousViolations(driver, "class page with import report");
        AssignModulesPage assignments = klas.assignments();
        assertNoSeriousViolations(driver, "assignments");
        LocalDate due = LocalDate.now().plusDays(10);
        assignments = assignments.assign(MODULE, due);
        assertTrue(assignments.row(MODULE).contains("23:59"), assignments.row(MODULE));
        LoginPage.logOut(driver);

        String name = "Noor Jansen " + System.nanoTime() % 100000;
        String email = "noor" + System.nanoTime() + "@example.org";
        driver.get(base + "/join?code=" + code);
        assertNoSeriousViolations(driver, "join page with a new-account form");
        driver.findElement(By.id("new-account:name")).sendKeys(name);
        driver.findElement(By.id("new-account:email")).sendKeys(email);
        driver.findElement(By.id("new-account:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("new-account:privacyRead")).click();
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
        ReviewQueuePage.open(driver, base).reviewOf(name)
                .decide("NEEDS_REVISION", "Beschrijf ook wat het gezin zelf als normaal zag.", 1);
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        assertEquals("herzien nodig", ModuleOneSteps.reflectionStatus(driver, base));
        assertEquals("ingeleverd", ModuleOneSteps.reviseReflection(driver, base,
                "Het gezin zelf vond de drukte thuis heel gewoon."));
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ReviewQueuePage queue = ReviewQueuePage.open(driver, base).reviewOf(name)
                .decide("APPROVED", "Helder beschreven, met een eerlijke blik op je eigen normaal.", 2);
        assertTrue(queue.messages().contains(name));
        matrix = ClassMatrixPage.open(driver, base, cohortId);
        assertTrue(matrix.cellsOf(name).get(0).startsWith("Afgerond · 100%"), matrix.cellsOf(name).toString());
        assertNoSeriousViolations(driver, "class matrix");
        assertTrue(matrix.toggleBehind().learners().isEmpty(), "nobody is behind: the one learner completed");
        String progressCsv = sessionOf(driver).get("/api/v1/classes/" + cohortId + "/progress.csv").body();
        assertTrue(progressCsv.contains(name) && progressCsv.contains("Afgerond"), progressCsv);
        ItemAnalysisPage analysis = ItemAnalysisPage.open(driver, base, MODULE, "eindtoets", cohortId);
        assertTrue(analysis.scope().contains("1 ingeleverde poging"), analysis.scope());
        assertNoSeriousViolations(driver, "item analysis");
        HttpResponse<String> analysisCsv = sessionOf(driver).get(analysis.csvPath(base));
        assertEquals(200, analysisCsv.statusCode());
        assertTrue(analysisCsv.body().startsWith("\uFEFF"), "a CSV that Excel opens as UTF-8");
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        learning = MyLearningPage.open(driver, base);
        assertTrue(learning.status(MODULE).startsWith("Afgerond"), learning.status(MODULE));
        assertTrue(learning.meta(MODULE).contains("Afgerond op"), learning.meta(MODULE));
        driver.manage().window().setSize(new Dimension(390, 844));
        learning = MyLearningPage.open(driver, base);
        assertEquals(List.of(), learning.overflowing(), "no sideways scrolling on a phone");
        assertNoSeriousViolations(driver, "Mijn leren, narrow window");
        driver.manage().window().setSize(new Dimension(1280, 900));
        learning = learning.inEnglish();
        assertTrue(learning.status(MODULE).startsWith("Completed"), learning.status(MODULE));
        assertNoSeriousViolations(driver, "My learning in English");
    }
}
