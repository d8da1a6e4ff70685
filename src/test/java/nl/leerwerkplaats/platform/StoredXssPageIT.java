package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import nl.leerwerkplaats.testsupport.ClassByHttp;
import nl.leerwerkplaats.testsupport.ReviewForm;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.testsupport.XssFixture;
import nl.leerwerkplaats.testsupport.browser.AccessibilityScan;
import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.LoginPage;

/**
 * Stored script in headless Chromium: through the forms and the API, the demo lecturer names a class with script in
 * it, a new student registers in it with script in their name and submits a reflection with script in it, and the
 * lecturer asks for a revision with script in the feedback. Then each of them opens the other's pages: nothing sets
 * {@code window.__xss}, and the page's DOM holds no element the payload would make (StoredXssIT covers more fields
 * and pages over HTTP, on the HTML as sent).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredXssPageIT extends BrowserJourney {

    private static final String PASSWORD = "Script-mag-hier-nooit-draaien-1";
    private static final String PAYLOAD = XssFixture.SCRIPT + XssFixture.IMG + XssFixture.SVG;
    private static final String WRITE = "/reflection/write?module=m1-herkomst-en-begrippen&assignment=eigen-normaal";

    @Test
    @DisplayName("Script in a class name, a display name, a reflection and review feedback never runs in the other person's browser")
    void storedScriptNeverRuns() {
        long unique = System.nanoTime() % 1_000_000_000L;
        String className = "Xssklas" + unique;
        String learnerName = "Xssnaam" + unique;
        String textMark = "Xsstekst" + unique;
        String feedbackMark = "Xssfeedback" + unique;
        String email = "xss" + unique + "@example.org";

        WebSession lecturer = loggedIn("demo-docent");
        String classPage = ClassByHttp.create(lecturer, className + " " + PAYLOAD);
        String code = ClassByHttp.joinCode(lecturer.get(classPage).body());
        ClassByHttp.register(base, code, learnerName + " " + PAYLOAD, email, PASSWORD);
        WebSession learner = new WebSession(base);
        assertEquals(302, learner.logIn(email, PASSWORD).statusCode());
        String reflection = submitReflection(learner, textMark + " " + PAYLOAD + " " + XssFixture.BREAKOUT);
        askForRevision(lecturer, reflection, feedbackMark + " " + PAYLOAD + " " + XssFixture.LINK);

        logIn("demo-docent", "demo");
        detectorFindsThePayload();
        visit(classPage, "class page", className, learnerName);
        visit("/progress/class?id=" + classPage.substring(classPage.indexOf("id=") + 3), "class matrix", className,
                learnerName);
        visit("/reflection/review?reflection=" + reflection, "review page", learnerName, textMark, feedbackMark);
        LoginPage.logOut(driver);

        logIn(email, PASSWORD);
        visit(WRITE, "reflection editor with feedback", feedbackMark);
        visit("/classes/index", "my classes", className);
    }

    private void logIn(String username, String password) {
        LoginPage login = LoginPage.open(driver, base);
        AccessibilityScan.scanOnce(driver, "login page");
        login.logIn(username, password);
        assertNoScriptRan("the page after login");
        AccessibilityScan.scanOnce(driver, "catalog");
    }

    /** Opens the page: it shows the stored values, no payload ran or is markup, and axe finds nothing serious. */
    private void visit(String path, String name, String... shown) {
        driver.get(base + path);
        String source = driver.getPageSource();
        for (String value : shown) {
            assertTrue(source.contains(value), name + " shows " + value);
        }
        assertNoScriptRan(name);
        assertEquals(List.of(), payloadElements(), name + " holds the payload as elements");
        AccessibilityScan.assertNoSeriousViolations(driver, name);
    }

    /**
     * Elements the payload would have made, read from the DOM (its serialisation leaves "<" unescaped in attribute
     * values, where it is harmless): a script element of ours, an event handler or a javascript: address of ours.
     */
    @SuppressWarnings("unchecked")
    private List<String> payloadElements() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var found = [];
                document.querySelectorAll('*').forEach(function (element) {
                    if (element.tagName === 'SCRIPT' && element.textContent.trim().indexOf('window.__xss') === 0) {
                        found.push(element.outerHTML);
                    }
                    Array.prototype.forEach.call(element.attributes, function (attribute) {
                        var name = attribute.name.toLowerCase();
                        var value = attribute.value.trim().toLowerCase();
                        if (value.indexOf('__xss') >= 0 && (name.indexOf('on') === 0
                                || (['href', 'src', 'action', 'formaction'].indexOf(name) >= 0
                                    && value.indexOf('javascript:') === 0))) {
                            found.push(element.outerHTML.substring(0, 200));
                        }
                    });
                });
                return found;
                """);
    }

    /** The DOM check can fail: an element the payload makes, put in by hand (CSP keeps its handler from running). */
    private void detectorFindsThePayload() {
        ((JavascriptExecutor) driver).executeScript("var probe = document.createElement('div'); probe.id = 'xss-probe';"
                + "probe.innerHTML = arguments[0]; document.body.appendChild(probe);", XssFixture.IMG);
        assertEquals(1, payloadElements().size(), "the check finds an event handler of the payload");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('xss-probe').remove();");
    }

    private void assertNoScriptRan(String page) {
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss;"), "script ran on " + page);
    }

    /** Writes every section (enough words) with the text, submits through the editor's API; returns the id. */
    private static String submitReflection(WebSession learner, String text) {
        String page = learner.get(WRITE).body();
        String id = attribute(page, "data-reflection");
        int revision = Integer.parseInt(attribute(page, "data-revision"));
        String words = ("woord ".repeat(65) + text).replace("\\", "\\\\").replace("\"", "\\\"");
        String draft = "{\"sections\":{\"technisch-instrumenteel\":\"" + words + "\",\"normatief\":\"" + words
                + "\",\"persoonlijk\":\"" + words + "\"},\"baseRevision\":" + revision + "}";
        HttpResponse<String> saved = learner.json("PUT", "/api/v1/reflections/" + id + "/draft", draft);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = learner.json("POST", "/api/v1/reflections/" + id + "/submit",
                "{\"baseRevision\":" + (revision + 1) + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    /** The review form: the lowest level of every rubric criterion, "needs revision" and the feedback. */
    private static void askForRevision(WebSession lecturer, String reflection, String feedback) {
        String page = lecturer.get("/reflection/review?reflection=" + reflection).body();
        Map<String, String> fields = ReviewForm.needsRevision(page, feedback);
        HttpResponse<String> saved = lecturer.submit(page, "review-form", fields);
        assertEquals(302, saved.statusCode(), saved.body());
    }

    private static String attribute(String html, String name) {
        Matcher matcher = Pattern.compile(name + "=\"(\\d+)\"").matcher(html);
        assertTrue(matcher.find(), name + " in the page");
        return matcher.group(1);
    }
}
