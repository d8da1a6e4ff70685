package nl.leerwerkplaats.learning;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.CatalogPage;
import nl.leerwerkplaats.testsupport.browser.ClassPage;
import nl.leerwerkplaats.testsupport.browser.ClassesPage;
import nl.leerwerkplaats.testsupport.browser.LessonPage;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModulePage;

/**
 * The main journeys in headless Chromium: a learner reading module 1, an admin reloading content, a lecturer
 * setting up a class that a student joins. Every page visited is scanned with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysPageIT extends BrowserJourney {

    private static final String MODULE_1 = "Normaliseren: herkomst en begrippen";

    @Test
    @DisplayName("learning R1-R4: log in, open module 1, read two lessons, see them marked, switch to English")
    void learnerReadsModuleOne() {
        driver.get(base + "/");
        LoginPage login = new LoginPage(driver);
        assertTrue(driver.getCurrentUrl().endsWith("/login"), "anonymous visitors land on the login page");
        assertTrue(driver.findElement(By.id("demo-banner")).isDisplayed(), "demo banner on every page");
        assertNoSeriousViolations(driver, "login");

        login = login.logInExpectingError("demo-student", "fout-wachtwoord");
        assertTrue(login.errorMessage().contains("Onbekende combinatie van gebruikersnaam en wachtwoord"));

        CatalogPage catalog = login.logIn("demo-student", "demo");
        assertTrue(catalog.moduleTitles().contains(MODULE_1), catalog.moduleTitles().toString());
        assertNoSeriousViolations(driver, "catalog");

        ModulePage module = catalog.openModule(MODULE_1);
        assertEquals(MODULE_1, module.heading());
        assertTrue(module.objectives().size() >= 4, module.objectives().toString());
        List<String> lessons = module.lessonTitles();
        assertTrue(lessons.size() >= 3, lessons.toString());
        assertNoSeriousViolations(driver, "module");

        LessonPage first = module.openLesson(lessons.get(0));
        assertEquals(lessons.get(0), first.title());
        assertTrue(first.readStatus().contains("voor het eerst gelezen op"), first.readStatus());
        for (WebElement image : first.images()) {
            assertFalse(image.getAttribute("alt").isBlank(), "every image has alt text");
            assertTrue(first.imageLoaded(image), "image " + image.getAttribute("src") + " loads");
        }
        assertNoSeriousViolations(driver, "lesson");

        LessonPage second = first.next();
        assertEquals(lessons.get(1), second.title());
        ModulePage back = second.backToModule();
        assertEquals(List.of(lessons.get(0), lessons.get(1)), back.readLessons());

        driver.get(base + "/");
        CatalogPage english = new CatalogPage(driver).switchToEnglish();
        assertEquals("Modules", english.heading());
        assertEquals("2 of " + lessons.size() + " lessons read", english.progressOf(MODULE_1));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertNoSeriousViolations(driver, "catalog in English");
    }

    @Test
    @DisplayName("cohort R1: a lecturer creates a class, a student joins with the code, the lecturer sees them")
    void lecturerCreatesClassAndStudentJoins() {
        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ClassesPage classes = ClassesPage.open(driver, base);
        assertNoSeriousViolations(driver, "classes (lecturer)");
        String name = "SPH jaar 2 — groep B " + System.nanoTime();
        ClassPage created = classes.create(name);
        assertEquals(name, created.heading());
        String code = created.joinCode();
        assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
        assertTrue(created.joinLink().endsWith("/join?code=" + code), created.joinLink());
        assertNoSeriousViolations(driver, "class (lecturer)");
        String classUrl = driver.getCurrentUrl();
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn("demo-student-2", "demo");
        ClassesPage mine = ClassesPage.open(driver, base).join(code.toLowerCase());
        assertTrue(mine.joined().stream().anyMatch(c -> c.startsWith(name)), mine.joined().toString());
        assertNoSeriousViolations(driver, "classes (student)");
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        driver.get(classUrl);
        assertTrue(new ClassPage(driver).memberNames().contains("Mo Bakker"));
    }

    @Test
    @DisplayName("Accessibility of the account pages: registration, profile, password, account administration")
    void accountPagesAreAccessible() {
        driver.get(base + "/register");
        assertNoSeriousViolations(driver, "register");
        driver.get(base + "/password/forgot");
        assertNoSeriousViolations(driver, "forgot password");
        LoginPage.open(driver, base).logIn("demo-beheerder", "demo");
        for (String page : List.of("/account/profile", "/account/password", "/classes/index", "/admin/accounts")) {
            driver.get(base + page);
            assertNoSeriousViolations(driver, page);
        }
        driver.findElement(By.cssSelector("#account-table a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/admin/account?id="));
        assertNoSeriousViolations(driver, "admin account");
    }

    @Test
    @DisplayName("Keyboard only: the login form is reached with Tab and submitted with Enter")
    void loginWithKeyboardOnly() {
        LoginPage.open(driver, base);
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !"login:username".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals("login:username", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys("demo-professional", Keys.TAB);
        assertEquals("login:password", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        CatalogPage catalog = new CatalogPage(driver);
        assertTrue(catalog.moduleTitles().contains(MODULE_1));
    }

    @Test
    @DisplayName("catalog R2/R3: an admin sees the content status and reloads content without restart")
    void adminReloadsContent() {
        LoginPage.open(driver, base).logIn("demo-beheerder", "demo");
        driver.get(base + "/admin/content");
        WebElement table = driver.findElement(By.id("modules-table"));
        assertTrue(table.getText().contains("m1-herkomst-en-begrippen"));
        assertNoSeriousViolations(driver, "admin content");

        driver.findElement(By.id("content:reload")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("content:messages"))
                .getText().contains("module(s) geladen"));
        assertTrue(driver.findElement(By.id("content:messages")).getText().contains("0 fout(en)"),
                driver.findElement(By.id("content:messages")).getText());
        assertTrue(driver.findElement(By.id("modules-table")).getText().contains("m1-herkomst-en-begrippen"),
                "the table is updated by the AJAX response");
    }

    @Test
    @DisplayName("identity R12: two minutes before the idle time-out a dialog asks; staying logged in keeps the session,"
            + " and when the time is up the page goes to the login")
    void idleWarning() {
        LoginPage.open(driver, base).logIn("demo-student-2", "demo");
        WebElement dialog = driver.findElement(By.id("session-warning"));
        assertEquals("1800", dialog.getAttribute("data-idle-seconds"), "web.xml: 30 minutes");
        assertFalse(isOpen(), "no warning right after a request");

        // As if the last request was 29 minutes ago (the shared moment all tabs use).
        setLastContact(-(29 * 60) * 1000L);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> isOpen());
        assertTrue(dialog.getText().contains("Ben je er nog?"), dialog.getText());
        assertTrue(driver.findElement(By.cssSelector(".session-countdown")).getText().matches("[01]:\\d\\d"));
        assertNoSeriousViolations(driver, "idle warning");

        driver.findElement(By.id("session-stay")).click();
        wait.until(d -> !isOpen());
        long shared = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Number(localStorage.getItem('lwp.lastServerContact')) - Date.now();")).longValue();
        assertTrue(shared > -10_000, "the stay request counts as the last contact: " + shared + " ms ago");

        // The server ended the session (its cookie gone) and the time is up: the page reloads to the login.
        driver.manage().deleteCookieNamed("JSESSIONID");
        setLastContact(-(31 * 60) * 1000L);
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        assertTrue(driver.findElement(By.cssSelector("input[type=password]")).isDisplayed());
    }

    private boolean isOpen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('session-warning').open;"));
    }

    private void setLastContact(long offsetMillis) {
        ((JavascriptExecutor) driver).executeScript(
                "localStorage.setItem('lwp.lastServerContact', String(Date.now() + arguments[0]));", offsetMillis);
    }
}
