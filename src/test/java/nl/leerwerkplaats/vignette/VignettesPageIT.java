package nl.leerwerkplaats.vignette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import nl.leerwerkplaats.testsupport.ClassByHttp;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.testsupport.browser.AccessibilityScan;
import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.VignettePages;

/**
 * "Wat is ieders normaal?" in headless Chromium: five students of a new class each judge the first case of module 2
 * and read its reasoning; the fifth does not yet see the class's spread (four classmates answered); the lecturer
 * opens the class's report, the projector view with the chart of five answers, and the CSV export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VignettesPageIT extends BrowserJourney {

    private static final String MODULE = "m2-wat-is-ieders-normaal";
    private static final String PASSWORD = "Casussen-beoordelen-1";
    private static final int[] POINTS = {1, 2, 2, 3, 5};

    @Test
    @DisplayName("vignette R2 R3 R4 R5: five students rate a case, the lecturer shows the class's spread on the projector")
    void fiveStudentsRateLecturerProjects() {
        long unique = System.nanoTime() % 1_000_000_000L;
        WebSession lecturer = loggedIn("demo-docent");
        String classPage = ClassByHttp.create(lecturer, "Casusklas " + unique);
        String code = ClassByHttp.joinCode(lecturer.get(classPage).body());
        for (int i = 0; i < POINTS.length; i++) {
            ClassByHttp.register(base, code, "Casusstudent " + (i + 1), email(unique, i), PASSWORD);
        }

        for (int i = 0; i < POINTS.length; i++) {
            LoginPage.open(driver, base).logIn(email(unique, i), PASSWORD);
            driver.get(base + "/learning/module?id=" + MODULE);
            AccessibilityScan.scanOnce(driver, "module page");
            VignettePages cases = new VignettePages(driver).startFirstRound().rate(POINTS[i], 1);
            assertTrue(cases.reasoning().length() > 100, "the reasoning follows the answer: " + cases.reasoning());
            if (i == POINTS.length - 1) {
                assertEquals(1, cases.hiddenSpreads().stream().filter(t -> t.contains("(4 ")).count(),
                        "four classmates answered: the spread stays hidden " + cases.hiddenSpreads());
            }
            LoginPage.logOut(driver);
        }

        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        driver.get(base + classPage);
        AccessibilityScan.scanOnce(driver, "class page");
        VignettePages report = new VignettePages(driver).openClassReport("Wat is ieders normaal?");
        assertEquals(List.of("1", "2", "1", "0", "1"), report.firstCaseCountsBefore());
        report.openProjector();
        assertTrue(report.chartShown(), "five answers: the chart is drawn");
        assertTrue(report.projectorCounts().contains("n = 5"), report.projectorCounts());
        assertFalse(report.siteNavigationShown(), "the projector view hides the site's navigation");
        assertTrue(driver.findElement(By.id("projector-title")).getText().length() > 3);

        HttpResponse<String> csv = sessionOf(driver).get("/api/v1/vignette-exports?class=" + ClassByHttp.id(classPage)
                + "&module=" + MODULE);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().lines().anyMatch(l -> l.contains(",Begin van de module,totaal,,5")), csv.body());
    }

    private static String email(long unique, int i) {
        return "casus" + unique + "-" + i + "@example.org";
    }
}
