package nl.leerwerkplaats.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * The autosave endpoint and the quiz pages over HTTP against the shipped WAR: who may save, submit, review and
 * export what, and that cross-site writes are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizWebIT extends ShippedWarClient {

    private static final String QUIZ_PAGE = "/quiz/quiz?module=m1-herkomst-en-begrippen&quiz=eindtoets";

    /** Starts (or resumes) the learner's attempt through the quiz page's form; returns its id. */
    private static String start(WebSession learner) {
        HttpResponse<String> started = learner.submit(learner.get(QUIZ_PAGE).body(), "start-form",
                Map.of("start-form:start", ""));
        assertEquals(302, started.statusCode(), started.body());
        Matcher id = Pattern.compile("/quiz/attempt\\?attempt=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElseThrow());
        assertTrue(id.find());
        return id.group(1);
    }

    private static String save(int slot, String response, long clientTime) {
        return "{\"response\":" + response + ",\"clientTime\":" + clientTime + "}";
    }

    @Test
    @DisplayName("Only the learner saves and submits their attempt; strangers get 404, anonymous visitors 401")
    void onlyTheLearnerSavesAndSubmits() {
        WebSession learner = loggedIn("demo-student-3");
        String attempt = start(learner);
        String slot1 = "/api/v1/attempts/" + attempt + "/slots/1";

        HttpResponse<String> saved = learner.json("PUT", slot1, save(1, "{}", 1_000));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"savedAt\""), saved.body());
        assertEquals(400, learner.json("PUT", slot1, "{\"clientTime\":5}").statusCode(), "a save needs a response");
        assertEquals(400, learner.json("PUT", slot1, save(1, "{\"choices\":[42]}", 2_000)).statusCode());

        WebSession other = loggedIn("demo-student-2");
        assertEquals(404, other.json("PUT", slot1, save(1, "{}", 3_000)).statusCode());
        assertEquals(404, other.json("POST", "/api/v1/attempts/" + attempt + "/submit", "{}").statusCode());
        assertEquals(404, other.get("/quiz/result?attempt=" + attempt).statusCode());
        assertEquals(404, other.get("/quiz/attempt?attempt=" + attempt).statusCode());

        HttpResponse<String> anonymous = new WebSession(base).json("PUT", slot1, save(1, "{}", 4_000));
        assertEquals(401, anonymous.statusCode(), "the page script treats this as 'logged out'");
        assertEquals(401, new WebSession(base).json("POST", "/api/v1/attempts/" + attempt + "/submit", "{}")
                .statusCode());

        HttpResponse<String> first = learner.json("POST", "/api/v1/attempts/" + attempt + "/submit", "{}");
        HttpResponse<String> second = learner.json("POST", "/api/v1/attempts/" + attempt + "/submit", "{}");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), second.body(), "a second submit changes nothing");
        HttpResponse<String> late = learner.json("PUT", slot1, save(1, "{}", 5_000));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("/quiz/result?attempt=" + attempt), late.body());

        assertEquals(200, learner.get("/quiz/result?attempt=" + attempt).statusCode());
        HttpResponse<String> lecturerView = loggedIn("demo-docent").get("/quiz/result?attempt=" + attempt);
        assertEquals(200, lecturerView.statusCode(), "the lecturer of the learner's class reviews the attempt");
        assertTrue(lecturerView.body().contains("id=\"score-box\""), "with the score");
    }

    @Test
    @DisplayName("Cross-site writes are refused: a foreign Origin, a cross-site fetch, a form post")
    void crossSiteWritesAreRefused() {
        WebSession learner = loggedIn("demo-student");
        String slot1 = "/api/v1/attempts/" + start(learner) + "/slots/1";
        String body = save(1, "{}", 1_000);

        assertEquals(403, learner.header("Origin", "http://evil.example").json("PUT", slot1, body).statusCode());
        WebSession fetchFromElsewhere = loggedIn("demo-student").header("Sec-Fetch-Site", "cross-site");
        assertEquals(403, fetchFromElsewhere.json("PUT", slot1, body).statusCode());
        HttpResponse<String> form = loggedIn("demo-student").post("/api/v1/attempts/1/submit", Map.of("a", "b"));
        assertEquals(415, form.statusCode(), "only JSON, which a cross-site form cannot send");
        WebSession sameSite = loggedIn("demo-student").header("Origin", base);
        assertEquals(200, sameSite.json("PUT", slot1, body).statusCode(), "our own pages may write");
    }

    @Test
    @DisplayName("The item analysis CSV is for lecturers: a student gets 404, the lecturer a UTF-8 CSV")
    void itemAnalysisCsvForLecturers() {
        String version = versionLabel();
        String csv = "/api/v1/quizzes/m1-herkomst-en-begrippen/" + version + "/eindtoets/item-analysis.csv";
        assertEquals(404, loggedIn("demo-student").get(csv).statusCode());
        HttpResponse<String> export = loggedIn("demo-docent").get(csv + "?lang=en");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains(".csv"));
        assertTrue(export.body().startsWith("\uFEFFquestion,name,type,shown"), export.body());
        assertTrue(export.body().contains("(not answered)"), "labels in the requested language");
        HttpResponse<String> page = loggedIn("demo-docent").get("/quiz/analysis?module=m1-herkomst-en-begrippen&quiz=eindtoets");
        assertEquals(200, page.statusCode());
        assertEquals(404, loggedIn("demo-student").get("/quiz/analysis?module=m1-herkomst-en-begrippen&quiz=eindtoets")
                .statusCode());
    }

    private String versionLabel() {
        String modules = new WebSession(base).get("/api/v1/modules").body();
        Matcher version = Pattern.compile("\"id\":\"m1-herkomst-en-begrippen\"[^}]*\"version\":\"([0-9a-f]+)\"")
                .matcher(modules);
        assertTrue(version.find(), modules);
        return version.group(1);
    }
}
