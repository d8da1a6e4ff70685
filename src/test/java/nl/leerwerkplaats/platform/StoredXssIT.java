package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.PeopleSessions;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.testsupport.XssFixture;

/**
 * Stored script never reaches another person's page as markup: script elements, event handlers and javascript:
 * addresses in every free-text field ({@link XssFixture}: display name, reflection text and its revision, review
 * feedback, class name, a name from a CSV class list, and a module's title, summary, lesson, question and prompt) are
 * stored by one person and fetched over HTTP as another. Each page must answer 200, show the field (its marker word:
 * so the check can fail) and contain none of what would run ({@link XssFixture#runnable}). StoredXssPageIT runs the same kind of payload in
 * Chromium.
 *
 * <p>One row per page: who opens it, the path, and the markers it must show. A new page is a new row.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredXssIT {

    /** A learner's name, text and class list entry, a class name and content, as the lecturer sees them. */
    private static final String LECTURER_PAGES = """
            | lecturer | /classes/index                                              | classMark                          |
            | lecturer | /classes/class?id={class}                                   | classMark learnerMark importMark   |
            | lecturer | /progress/class?id={class}                                  | classMark learnerMark contentMark  |
            | lecturer | /progress/class?id={class}&sort=activity&behind=true        | classMark contentMark              |
            | lecturer | /progress/learner?class={class}&learner={learner}           | learnerMark contentMark            |
            | lecturer | /progress/assignments?class={class}                         | classMark contentMark              |
            | lecturer | /reflection/reviews                                         | learnerMark                        |
            | lecturer | /reflection/reviews?class={class}                           | classMark learnerMark              |
            | lecturer | /reflection/review?reflection={reflection}                  | learnerMark textMark revisedMark feedbackMark |
            | lecturer | /api/v1/reflection-exports?class={class}&module=m1-herkomst-en-begrippen&assignment=eigen-normaal | learnerMark revisedMark |
            | lecturer | /quiz/learner?learner={learner}                             | learnerMark contentMark            |
            | lecturer | /quiz/result?attempt={finished}                             | learnerMark contentMark            |
            | lecturer | /quiz/analysis?module=it-xss&quiz=eindtoets&class={class}   | classMark contentMark              |
            """;

    /** The lecturer's feedback and class name, and the module author's content, as the learner sees them. */
    private static final String LEARNER_PAGES = """
            | learner  | /reflection/write?module=m1-herkomst-en-begrippen&assignment=eigen-normaal | feedbackMark |
            | learner  | /classes/index                                              | classMark                          |
            | learner  | /learning/dashboard                                         | contentMark                        |
            | learner  | /                                                           | contentMark                        |
            | learner  | /learning/module?id=it-xss                                  | contentMark                        |
            | learner  | /learning/lesson?module=it-xss&lesson=01-les                | contentMark                        |
            | learner  | /quiz/quiz?module=it-xss&quiz=eindtoets                     | contentMark                        |
            | learner  | /quiz/attempt?attempt={running}                             | contentMark                        |
            | learner  | /quiz/result?attempt={finished}                             | contentMark                        |
            | learner  | /reflection/write?module=it-xss&assignment=eigen            | contentMark                        |
            """;

    /** A learner's name on the public verification page and in administration. */
    private static final String PUBLIC_AND_ADMIN_PAGES = """
            | anonymous | /verify/{code}                                             | learnerMark                        |
            | admin    | /admin/accounts?query={learnerMark}                         | learnerMark                        |
            | admin    | /admin/account?id={learner}                                 | learnerMark                        |
            | admin    | /admin/records                                              | learnerMark                        |
            | admin    | /admin/content                                              | contentMark                        |
            """;

    private static XssFixture.Built fixture;
    private static final PeopleSessions SESSIONS = new PeopleSessions();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(StoredXssIT.class);
    }

    @Inject XssFixture xss;

    @ArquillianResource
    URL deployed;

    @Test
    @Order(1)
    @DisplayName("Script in a learner's name, reflection, revision and class list entry never runs in the lecturer's pages")
    void lecturerPages() {
        check(LECTURER_PAGES);
    }

    @Test
    @Order(2)
    @DisplayName("Script in review feedback, a class name or a module never runs in the learner's pages")
    void learnerPages() {
        check(LEARNER_PAGES);
    }

    @Test
    @Order(3)
    @DisplayName("Script in a learner's name never runs on the public verification page or in administration")
    void publicAndAdminPages() {
        // The last test: it takes the module with script in it away again.
        try {
            check(PUBLIC_AND_ADMIN_PAGES);
        } finally {
            xss.removeModule();
        }
    }

    private synchronized XssFixture.Built fixture() {
        if (fixture == null) {
            try {
                fixture = xss.build(Loopback.of(deployed));
            } catch (RuntimeException e) {
                xss.removeModule();
                throw e;
            }
        }
        return fixture;
    }

    private WebSession session(String who) {
        return SESSIONS.of(Loopback.of(deployed), who, () -> fixture().logins());
    }

    private void check(String table) {
        Map<String, String> values = fixture().values();
        List<String> failures = new ArrayList<>();
        for (String line : table.lines().map(String::strip).filter(l -> l.startsWith("|")).toList()) {
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            String who = cells[0].strip();
            String path = resolve(cells[1].strip(), values);
            HttpResponse<String> response = session(who).get(path);
            String body = response.body();
            if (response.statusCode() != 200) {
                failures.add(path + " as " + who + ": HTTP " + response.statusCode());
                continue;
            }
            for (String marker : cells[2].strip().split("\\s+")) {
                if (!body.contains(values.get(marker))) {
                    failures.add(path + " as " + who + ": does not show " + marker + " (" + values.get(marker) + ")");
                }
            }
            String runnable = XssFixture.runnable(body);
            if (runnable != null) {
                failures.add(path + " as " + who + ": markup that runs: " + runnable);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " pages failed:\n" + String.join("\n", failures));
        }
    }

    private static String resolve(String path, Map<String, String> values) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                fail("no fixture value for " + placeholder.group() + " in " + path);
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(resolved).toString();
    }
}
