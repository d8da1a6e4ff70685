package nl.leerwerkplaats.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** xAPI 1.0.3 statements as an LRS accepts them. */
class XapiStatementTest {

    static final String BASE = "https://lwp.example";
    static final UUID ID = UUID.fromString("5f0c3f4e-7d2a-4b9e-9c51-0e2f3a4b5c6d");
    static final UUID REGISTRATION = UUID.fromString("1b2c3d4e-0000-4000-8000-000000000001");
    static final Instant AT = Instant.parse("2026-11-30T14:05:00.123456Z");
    static final Instant STORED = Instant.parse("2026-11-30T14:05:01Z");

    static XapiStatement.Builder minimal() {
        return XapiStatement.builder(ID, Verb.EXPERIENCED, AT)
                .actor(ActivityIds.agentHomePage(BASE), "u42")
                .activity(ActivityIds.lesson(BASE, "m1", "l1"), ActivityType.LESSON, "Les 1", "nl-NL");
    }

    @Test
    @DisplayName("A passed quiz: every property where xAPI 1.0.3 expects it, and it survives a JSON round trip")
    void fullStatement() {
        JsonObject built = XapiStatement.builder(ID, Verb.PASSED, AT)
                .actor(ActivityIds.agentHomePage(BASE), "u42")
                .activity(ActivityIds.quiz(BASE, "m1", "q1"), ActivityType.ASSESSMENT, "Eindtoets", "nl-NL")
                .parent(ActivityIds.module(BASE, "m1"), ActivityType.MODULE, "Veilig werken", "nl-NL")
                .score(0.85, 17.0, 0.0, 20.0).success(true).completion(true).response("b")
                .duration(Duration.ofSeconds(65, 256_000_000)).registration(REGISTRATION)
                .platform("Leerwerkplaats").language("nl-NL")
                .build(STORED);
        JsonObject statement = Json.createReader(new StringReader(built.toString())).readObject();

        assertEquals(Set.of("id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "version"),
                statement.keySet(), "no authority: the LRS adds it");
        assertEquals(ID.toString(), statement.getString("id"));
        JsonObject actor = statement.getJsonObject("actor");
        assertEquals("Agent", actor.getString("objectType"));
        assertEquals("https://lwp.example/", actor.getJsonObject("account").getString("homePage"));
        assertEquals("u42", actor.getJsonObject("account").getString("name"));
        JsonObject verb = statement.getJsonObject("verb");
        assertEquals("http://adlnet.gov/expapi/verbs/passed", verb.getString("id"));
        assertEquals("passed", verb.getJsonObject("display").getString("en-US"));
        JsonObject object = statement.getJsonObject("object");
        assertEquals("Activity", object.getString("objectType"));
        assertEquals("https://lwp.example/xapi/activities/modules/m1/quizzes/q1", object.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/assessment",
                object.getJsonObject("definition").getString("type"));
        assertEquals("Eindtoets", object.getJsonObject("definition").getJsonObject("name").getString("nl-NL"));

        JsonObject result = statement.getJsonObject("result");
        JsonObject score = result.getJsonObject("score");
        double scaled = score.getJsonNumber("scaled").doubleValue();
        assertTrue(scaled >= -1 && scaled <= 1);
        assertEquals(0.85, scaled);
        assertEquals(17.0, score.getJsonNumber("raw").doubleValue());
        assertEquals(0.0, score.getJsonNumber("min").doubleValue());
        assertEquals(20.0, score.getJsonNumber("max").doubleValue());
        assertTrue(result.getBoolean("success"));
        assertTrue(result.getBoolean("completion"));
        assertEquals("b", result.getString("response"));
        assertEquals("PT1M5.25S", result.getString("duration"));

        JsonObject context = statement.getJsonObject("context");
        assertEquals(REGISTRATION.toString(), context.getString("registration"));
        assertEquals("Leerwerkplaats", context.getString("platform"));
        assertEquals("nl-NL", context.getString("language"));
        JsonObject parent = context.getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0);
        assertEquals("https://lwp.example/xapi/activities/modules/m1", parent.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/module",
                parent.getJsonObject("definition").getString("type"));

        assertEquals("2026-11-30T14:05:00.123Z", statement.getString("timestamp"));
        assertEquals("2026-11-30T14:05:01.000Z", statement.getString("stored"));
        assertEquals("1.0.3", statement.getString("version"));
    }

    @Test
    @DisplayName("Without result or context fields, those objects are left out; several parents are kept in order")
    void optionalParts() {
        JsonObject statement = minimal().build(STORED);
        assertFalse(statement.containsKey("result"));
        assertFalse(statement.containsKey("context"));
        JsonObject withParents = minimal().parent("https://x/1", ActivityType.MODULE, null, null)
                .parent("https://x/2", ActivityType.MODULE, null, null).build(null);
        assertEquals(2, withParents.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("parent").size());
        assertFalse(withParents.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0).getJsonObject("definition").containsKey("name"));
        assertFalse(withParents.containsKey("stored"), "an LRS sets stored itself");
    }

    @Test
    @DisplayName("A statement without actor or activity is refused")
    void missingParts() {
        assertThrows(IllegalStateException.class, () -> XapiStatement.builder(ID, Verb.COMPLETED, AT)
                .activity("https://x/1", ActivityType.MODULE, "M", "nl-NL").build(STORED));
        assertThrows(IllegalStateException.class, () -> XapiStatement.builder(ID, Verb.COMPLETED, AT)
                .actor("https://x/", "u1").build(STORED));
        assertThrows(NullPointerException.class, () -> XapiStatement.builder(null, Verb.COMPLETED, AT));
    }

    @ParameterizedTest(name = "scaled {0}, raw {1}, min {2}, max {3}")
    @DisplayName("Scores outside their ranges are refused")
    @CsvSource({
        "1.01,,,",
        "-1.5,,,",
        "NaN,,,",
        "0.5, 21, 0, 20",
        "0.5, -1, 0, 20",
        "0.5, 5, 6,",
        "0.5, 5, , 4",
        "0.5, , 10, 0",
        "0.5, Infinity, ,"})
    void scoreRefused(double scaled, Double raw, Double min, Double max) {
        XapiStatement.Builder builder = minimal();
        assertThrows(IllegalArgumentException.class, () -> builder.score(scaled, raw, min, max));
    }

    @ParameterizedTest(name = "scaled {0}, raw {1}, min {2}, max {3}")
    @DisplayName("Scores at the edges of their ranges are accepted")
    @CsvSource({
        "1, 20, 0, 20",
        "-1, 0, 0, 20",
        "0,,,",
        "0.5, 3,,"})
    void scoreAccepted(double scaled, Double raw, Double min, Double max) {
        JsonObject score = minimal().score(scaled, raw, min, max).build(STORED).getJsonObject("result")
                .getJsonObject("score");
        assertEquals(scaled, score.getJsonNumber("scaled").doubleValue());
        assertEquals(raw != null, score.containsKey("raw"));
        assertEquals(min != null, score.containsKey("min"));
    }

    @Test
    @DisplayName("Timestamps are UTC with exactly three fractional digits")
    void timestamps() {
        assertEquals("2026-01-01T00:00:00.000Z", XapiStatement.timestamp(Instant.parse("2026-01-01T01:00:00+01:00")));
        assertEquals("2026-11-30T14:05:00.999Z", XapiStatement.timestamp(Instant.parse("2026-11-30T14:05:00.9999Z")));
        assertTrue(minimal().build(STORED).getString("timestamp")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
    }

    @ParameterizedTest
    @DisplayName("Each verb is found by its IRI")
    @EnumSource(Verb.class)
    void verbById(Verb verb) {
        assertEquals(Optional.of(verb), Verb.byId(verb.id()));
        assertTrue(verb.id().startsWith("http://"));
    }

    @Test
    @DisplayName("Verb IRIs: ADL's, and the registry's submit; unknown IRIs give nothing")
    void verbIds() {
        assertEquals("http://adlnet.gov/expapi/verbs/attempted", Verb.ATTEMPTED.id());
        assertEquals("http://activitystrea.ms/schema/1.0/submit", Verb.SUBMITTED.id());
        assertEquals("submitted", Verb.SUBMITTED.display());
        assertEquals(Optional.empty(), Verb.byId("http://adlnet.gov/expapi/verbs/launched"));
        assertEquals(Optional.empty(), Verb.byId(null));
        assertEquals("http://adlnet.gov/expapi/activities/cmi.interaction", ActivityType.QUESTION.id());
        assertEquals("http://id.tincanapi.com/activitytype/essay", ActivityType.REFLECTION.id());
    }
}
