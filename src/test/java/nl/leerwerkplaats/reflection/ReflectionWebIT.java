package nl.leerwerkplaats.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * Reflections over HTTP against the shipped WAR: changing an id in a URL or request reaches nobody else's
 * reflection, script in a reflection never runs in the reviewer's page, and the autosave round trip is measured.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReflectionWebIT extends ShippedWarClient {

    private static final String WRITE = "/reflection/write?module=m1-herkomst-en-begrippen&assignment=eigen-normaal";

    private static String attribute(String html, String name) {
        Matcher matcher = Pattern.compile(name + "=\"(\\d+)\"").matcher(html);
        assertTrue(matcher.find(), name + " in the page");
        return matcher.group(1);
    }

    private static String draft(String text, int revision) {
        String words = ("woord ".repeat(65) + text).replace("\"", "\\\"");
        return "{\"sections\":{\"technisch-instrumenteel\":\"" + words + "\",\"normatief\":\"" + words
                + "\",\"persoonlijk\":\"" + words + "\"},\"baseRevision\":" + revision + "}";
    }

    @Test
    @DisplayName("Nobody but the learner and their class's staff reaches a reflection by changing an id; no script runs")
    void idsInUrlsReachNobodyElsesReflection() {
        WebSession learner = loggedIn("demo-student-2");
        String page = learner.get(WRITE).body();
        String id = attribute(page, "data-reflection");
        int revision = Integer.parseInt(attribute(page, "data-revision"));
        String script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        HttpResponse<String> saved = learner.json("PUT", "/api/v1/reflections/" + id + "/draft", draft(script, revision));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = learner.json("POST", "/api/v1/reflections/" + id + "/submit",
                "{\"baseRevision\":" + (revision + 1) + "}");
        assertEquals(200, submitted.statusCode(), submitted.body());

        WebSession stranger = loggedIn("demo-professional");
        assertEquals(404, stranger.json("PUT", "/api/v1/reflections/" + id + "/draft", draft("x", 2)).statusCode());
        assertEquals(404, stranger.json("POST", "/api/v1/reflections/" + id + "/submit", "{\"baseRevision\":2}")
                .statusCode());
        assertEquals(404, stranger.get("/reflection/review?reflection=" + id).statusCode());
        assertEquals(401, new WebSession(base).json("PUT", "/api/v1/reflections/" + id + "/draft", draft("x", 2))
                .statusCode());
        assertEquals(404, loggedIn("demo-student").get("/api/v1/reflection-exports?class=1&module="
                + "m1-herkomst-en-begrippen&assignment=eigen-normaal").statusCode());

        HttpResponse<String> review = loggedIn("demo-docent").get("/reflection/review?reflection=" + id);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("&lt;script&gt;alert("), "the text is shown, escaped");
        assertFalse(review.body().contains("<script>alert("), "never as markup");
        assertFalse(review.body().contains("<img src=x"), "no element with an event handler reaches the page");
        assertTrue(review.body().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertEquals(200, learner.get("/notifications").statusCode());
    }

    @Test
    @DisplayName("Autosave round trip over HTTP: every save answers 200 with the next revision; times are printed")
    void autosaveRoundTrip() {
        WebSession learner = loggedIn("demo-student");
        String page = learner.get(WRITE).body();
        String id = attribute(page, "data-reflection");
        int revision = Integer.parseInt(attribute(page, "data-revision"));
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            HttpResponse<String> saved = learner.json("PUT", "/api/v1/reflections/" + id + "/draft",
                    draft("versie " + i, revision));
            micros.add((System.nanoTime() - start) / 1000);
            assertEquals(200, saved.statusCode(), saved.body());
            revision++;
            assertTrue(saved.body().contains("\"revision\":" + revision), saved.body());
        }
        List<Long> measured = new ArrayList<>(micros.subList(10, micros.size()));
        Collections.sort(measured);
        System.out.printf("BENCHMARK reflection-autosave saves=%d median_ms=%.1f p95_ms=%.1f%n", measured.size(),
                measured.get(measured.size() / 2) / 1000.0, measured.get(measured.size() * 95 / 100) / 1000.0);
    }
}
