package nl.leerwerkplaats.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpServer;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Assignments, exports, the iCal feed and the xAPI endpoint over HTTP against the shipped WAR (demo mode):
 * who may read what, the StatementResult with its {@code more} link, and forwarding to an LRS on loopback
 * (arquillian.xml points LWP_LRS_ENDPOINT at 127.0.0.1:3081).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressWebIT extends ShippedWarClient {

    static final int LRS_PORT = 3081;
    private static final String MODULE = "m1-herkomst-en-begrippen";
    private static final String LESSON = "/learning/lesson?module=" + MODULE + "&lesson=01-waar-komt-normaliseren-vandaan";

    /** The demo class of the demo lecturer. */
    private String demoClass(WebSession lecturer) {
        Matcher id = Pattern.compile("/classes/class\\?id=(\\d+)\">Demo: ").matcher(lecturer.get("/classes/index").body());
        assertTrue(id.find(), "the demo lecturer teaches the demo class");
        return id.group(1);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    @DisplayName("xapi R2: statements: 401 for anonymous, 403 for a learner, a paged StatementResult for the lecturer")
    void statementsAreForLecturersOfTheClass() {
        WebSession learner = loggedIn("demo-student-2");
        assertEquals(200, learner.get(LESSON).statusCode());
        WebSession lecturer = loggedIn("demo-docent");
        String cohort = demoClass(lecturer);
        String path = "/api/v1/xapi/statements?class=" + cohort;

        assertEquals(401, new WebSession(base).get(path).statusCode());
        assertEquals(403, learner.get(path).statusCode());
        assertEquals(403, learner.get("/api/v1/xapi/statements").statusCode(), "without a class only admins read");
        assertEquals(400, lecturer.get(path + "&since=yesterday").statusCode());
        JsonObject future = json(lecturer.get(path + "&since=2999-01-01T00:00:00Z").body());
        assertTrue(future.getJsonArray("statements").isEmpty(), "nothing was stored after since");

        assertEquals(200, learner.get(LESSON).statusCode(), "a second view is a second statement");
        HttpResponse<String> read = lecturer.get(path + "&verb=http://adlnet.gov/expapi/verbs/experienced&limit=1");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("1.0.3", read.headers().firstValue("X-Experience-API-Version").orElseThrow());
        JsonObject result = json(read.body());
        JsonArray page = result.getJsonArray("statements");
        assertEquals(1, page.size());
        JsonObject statement = page.getJsonObject(0);
        assertEquals("http://adlnet.gov/expapi/verbs/experienced", statement.getJsonObject("verb").getString("id"));
        assertEquals("Agent", statement.getJsonObject("actor").getString("objectType"));
        assertTrue(statement.getJsonObject("object").getString("id").contains("/xapi/activities/modules/" + MODULE),
                statement.toString());
        assertEquals("1.0.3", statement.getString("version"));

        String more = result.getString("more");
        assertTrue(more.startsWith("/api/v1/xapi/statements?"), more);
        JsonObject next = json(lecturer.get(more).body());
        assertNotEquals(statement.getString("id"), next.getJsonArray("statements").getJsonObject(0).getString("id"));

        HttpResponse<String> admin = loggedIn("demo-beheerder").get("/api/v1/xapi/statements?limit=1");
        assertEquals(200, admin.statusCode(), "an admin reads across classes");
        assertEquals(1, json(admin.body()).getJsonArray("statements").size());
        assertFalse(json(admin.body()).getString("more").isEmpty(), "there is a second statement");
    }

    @Test
    @DisplayName("progress R1 R2 R7: a lecturer assigns a module with a deadline; the class matrix exports as CSV and XLSX; the learner's iCal feed")
    void assignExportAndCalendar() {
        WebSession lecturer = loggedIn("demo-docent");
        String cohort = demoClass(lecturer);
        String page = lecturer.get("/progress/assignments?class=" + cohort).body();
        String due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10).toString();
        if (!page.contains("data-module=\"" + MODULE + "\"")) {
            HttpResponse<String> assigned = lecturer.submit(page, "assign", Map.of("assign:module", MODULE,
                    "assign:open_input", LocalDate.now().minusDays(1).toString(), "assign:due_input", due,
                    "assign:time_input", "23:59", "assign:save", ""));
            assertEquals(302, assigned.statusCode(), assigned.body());
        }
        assertEquals(404, loggedIn("demo-student").get("/progress/assignments?class=" + cohort).statusCode());

        HttpResponse<String> matrix = lecturer.get("/progress/class?id=" + cohort);
        assertEquals(200, matrix.statusCode());
        assertTrue(matrix.body().contains("id=\"matrix\""));
        List<String> names = Pattern.compile("<th scope=\"row\"><a [^>]*>([^<]+)</a>").matcher(matrix.body())
                .results().map(m -> m.group(1)).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "sorted by name");
        assertTrue(names.containsAll(List.of("Lotte Visser", "Mo Bakker", "Sanne de Student")), names.toString());
        assertEquals(200, lecturer.get("/progress/class?id=" + cohort + "&sort=activity&behind=true").statusCode());
        Matcher learnerId = Pattern.compile("data-learner=\"(\\d+)\"").matcher(matrix.body());
        assertTrue(learnerId.find());
        String record = "/progress/learner?class=" + cohort + "&learner=" + learnerId.group(1);
        HttpResponse<String> drillDown = lecturer.get(record);
        assertEquals(200, drillDown.statusCode());
        assertTrue(drillDown.body().contains("class=\"plain-list requirements\""), "every completion rule");
        assertTrue(drillDown.body().contains("id=\"extend\""), "the lecturer may give an extension");
        assertEquals(404, loggedIn("demo-student").get(record).statusCode());
        HttpResponse<String> csv = lecturer.get("/api/v1/classes/" + cohort + "/progress.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFStudentnummer,Naam"), csv.body());
        assertTrue(csv.body().contains("DEMO1001,Sanne de Student"), csv.body());
        HttpResponse<String> xlsx = lecturer.get("/api/v1/classes/" + cohort + "/progress.xlsx?lang=en");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "a zip container");
        assertEquals(404, loggedIn("demo-student").get("/api/v1/classes/" + cohort + "/progress.csv").statusCode());

        WebSession student = loggedIn("demo-student");
        String dashboard = student.get("/learning/dashboard").body();
        assertTrue(dashboard.contains("data-module=\"" + MODULE + "\""), "the assigned module is on Mijn leren");
        Matcher feed = Pattern.compile("/api/v1/calendar/([A-Za-z0-9_-]{43})\\.ics").matcher(dashboard);
        assertTrue(feed.find());
        HttpResponse<String> ics = new WebSession(base).get(feed.group());
        assertEquals(200, ics.statusCode(), "calendar applications do not log in");
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertTrue(ics.body().contains("BEGIN:VEVENT") && ics.body().contains("SUMMARY:"), ics.body());
        assertEquals(404, new WebSession(base).get("/api/v1/calendar/" + "x".repeat(43) + ".ics").statusCode());
    }

    @Test
    @DisplayName("xapi R3: statements reach an external LRS in the background, with the configured credentials")
    void statementsAreForwardedToTheLrs() throws IOException, InterruptedException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        CountDownLatch received = new CountDownLatch(1);
        HttpServer lrs = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), LRS_PORT), 0);
        lrs.createContext("/xapi/statements", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            received.countDown();
        });
        lrs.start();
        try {
            assertEquals(200, loggedIn("demo-student-3").get(LESSON).statusCode());
            assertTrue(received.await(60, TimeUnit.SECONDS), "the forwarder runs every 10 seconds");
            assertFalse(bodies.isEmpty());
            JsonArray batch = Json.createReader(new StringReader(bodies.get(0))).readArray();
            assertTrue(batch.size() >= 1);
            assertTrue(batch.getJsonObject(0).containsKey("actor"), bodies.get(0));
            String expected = "Basic " + Base64.getEncoder().encodeToString("it-lrs:it-lrs-secret"
                    .getBytes(StandardCharsets.UTF_8)) + " 1.0.3";
            assertEquals(expected, authorizations.get(0));
        } finally {
            lrs.stop(0);
        }
    }
}
