package nl.leerwerkplaats.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.privacy.boundary.PersonalDataExport;
import nl.leerwerkplaats.reflection.boundary.ReflectionRetention;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.testsupport.CertificateFixture;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.PrivacyFixture;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Personal data inside Payara Micro against the real database (in-memory Derby; PostgreSQL with -Ppostgresql): the
 * download of one's own data, in the boundary and over the API, and the retention period for reflection texts.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(PersonalDataPersistenceIT.class);
    }

    @Inject PrivacyFixture fixture;
    @Inject PersonalDataExport export;
    @Inject ReflectionRetention retention;
    @Inject Records records;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL deployed;

    @BeforeEach
    void writeModules() {
        fixture.writeModules();
    }

    @AfterEach
    void removeModules() {
        fixture.removeModules();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String marker() {
        return "P" + System.nanoTime();
    }

    @Test
    @DisplayName("privacy R2: the export holds every part of the learner's data, and nothing of another learner")
    void exportHasEveryPart() {
        PrivacyFixture.Learner learner = fixture.learnerWithEverything(marker());
        PrivacyFixture.Learner other = fixture.learnerWithEverything(marker());
        Account account = learner.account();

        JsonObject data = export.of(account);
        assertEquals(PersonalDataExport.FORMAT, data.getString("format"));
        JsonObject profile = data.getJsonObject("profile");
        assertEquals(account.getUsername(), profile.getString("username"));
        assertEquals("Łukasz Eliëns", profile.getString("name"));
        assertEquals(account.getEmail(), profile.getString("email"));
        assertEquals(CertificateFixture.SKJ_NUMBER, profile.getString("skjNumber"));
        assertEquals("[\"professional\"]", profile.getJsonArray("roles").toString());

        JsonObject membership = single(data, "classMemberships");
        assertEquals(learner.cohort().getName(), membership.getString("class"));
        assertEquals(learner.studentNumber(), membership.getString("studentNumber"));
        assertTrue(data.getJsonArray("moduleStarts").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("module").equals(CertificateFixture.ACCREDITED) && !s.isNull("completedAt")));
        assertEquals("01-les", single(data, "lessonViews").getString("lesson").replace(".md", ""));

        JsonObject attempt = single(data, "quizAttempts");
        assertEquals("eindtoets", attempt.getString("quiz"));
        assertEquals(100, attempt.getInt("scorePercent"));
        assertTrue(attempt.getBoolean("passed"));
        JsonObject answer = attempt.getJsonArray("answers").getJsonObject(0);
        assertTrue(answer.getJsonObject("response").getBoolean("value"), "the answer as given: " + answer);
        assertEquals(1.0, answer.getJsonNumber("fraction").doubleValue());

        JsonObject reflection = single(data, "reflections");
        assertEquals(PrivacyFixture.ASSIGNMENT, reflection.getString("assignment"));
        assertEquals("SUBMITTED", reflection.getString("status"));
        JsonArray versions = reflection.getJsonArray("versions");
        assertEquals(2, versions.size(), "every version");
        assertEquals(learner.firstText(), versions.getJsonObject(0).getJsonObject("texts").getString("situatie"));
        assertEquals("NEEDS_REVISION", versions.getJsonObject(0).getString("decision"));
        assertEquals(learner.feedback(), versions.getJsonObject(0).getString("feedback"), "the feedback on it");
        assertEquals(learner.secondText(), versions.getJsonObject(1).getJsonObject("texts").getString("situatie"));
        assertEquals(learner.secondText(), reflection.getJsonObject("draft").getString("situatie"));

        JsonObject record = single(data, "completionRecords");
        CompletionRecord stored = records.of(account).get(0);
        assertEquals(stored.getCode(), record.getString("code"));
        assertEquals("Łukasz Eliëns", record.getString("learnerName"));
        assertEquals(stored.getCredentialJwt(), record.getString("openBadgeJwt"), "the signed badge");

        List<JsonObject> statements = data.getJsonArray("xapiStatements").getValuesAs(JsonObject.class);
        assertTrue(statements.size() >= 4, "lesson, attempt, answer, passed, completed: " + statements.size());
        assertTrue(statements.stream().allMatch(s -> s.getJsonObject("actor").getJsonObject("account")
                .getString("name").equals(String.valueOf(account.getId()))), "only statements about this learner");
        assertTrue(data.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("message").equals("notify.recordIssued")));

        String whole = data.toString();
        for (String theirs : List.of(other.marker(), other.account().getUsername(), other.account().getEmail(),
                other.cohort().getName(), records.of(other.account()).get(0).getCode())) {
            assertFalse(whole.contains(theirs), "nothing of another learner: " + theirs);
        }
    }

    private static JsonObject single(JsonObject data, String part) {
        JsonArray rows = data.getJsonArray(part);
        assertEquals(1, rows.size(), part + ": " + rows);
        return rows.getJsonObject(0);
    }

    @Test
    @DisplayName("privacy R2: GET /api/v1/me/export downloads the caller's own data as a dated JSON file; anonymous is 401")
    void exportApi() {
        PrivacyFixture.Learner learner = fixture.learnerWithEverything(marker());
        PrivacyFixture.Learner other = fixture.learnerWithEverything(marker());
        WebSession anonymous = new WebSession(Loopback.of(deployed));
        assertEquals(401, anonymous.get("/api/v1/me/export").statusCode());

        WebSession session = new WebSession(Loopback.of(deployed));
        assertEquals(302, session.logIn(learner.account().getUsername(), TestAccounts.PASSWORD).statusCode());
        HttpResponse<String> download = session.get("/api/v1/me/export");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("attachment; filename=\"leerwerkplaats-gegevens-" + fixture.today() + ".json\"",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        JsonObject data = json(download.body());
        assertEquals(learner.account().getUsername(), data.getJsonObject("profile").getString("username"));
        assertEquals(learner.secondText(), data.getJsonArray("reflections").getJsonObject(0)
                .getJsonArray("versions").getJsonObject(1).getJsonObject("texts").getString("situatie"));
        assertFalse(download.body().contains(other.marker()), "never another learner's data");
        assertTrue(session.get("/account/profile").body().contains("/api/v1/me/export"), "the profile page links it");
    }

    @Test
    @DisplayName("privacy R4: the retention period removes reflection texts of classes archived longer ago, and only those")
    void retention() {
        PrivacyFixture.Learner old = fixture.learnerWithEverything(marker());
        PrivacyFixture.Learner recent = fixture.learnerWithEverything(marker());
        PrivacyFixture.Learner running = fixture.learnerWithEverything(marker());
        fixture.archivedDaysAgo(old, 40);
        fixture.archivedDaysAgo(recent, 10);

        int removed = retention.purge(30);
        assertTrue(removed >= 1, "at least the old class's reflection: " + removed);
        em.getEntityManagerFactory().getCache().evictAll();
        Reflection purged = em.find(Reflection.class, old.reflection().getId());
        assertTrue(purged.isTextsRemoved());
        assertTrue(purged.getDraft().isEmpty());
        assertTrue(purged.getVersions().stream().allMatch(v -> v.getTexts().isEmpty() && v.getFeedback() == null));
        assertEquals(ReflectionStatus.SUBMITTED, purged.getStatus(), "that it was submitted stays, for progress");
        assertEquals(2, purged.getVersions().size());
        assertEquals(1, count("QuizAttempt", old.account()), "scores stay");
        for (PrivacyFixture.Learner kept : List.of(recent, running)) {
            Reflection reflection = em.find(Reflection.class, kept.reflection().getId());
            assertFalse(reflection.isTextsRemoved(), "archived too recently, or still running");
            assertEquals(kept.firstText(), reflection.getVersions().get(0).text("situatie"));
        }
        assertEquals(0, retention.purge(30), "already removed texts are not counted again");
        assertTrue(retention.retentionDays().isEmpty(), "unset in the test deployment: keep forever");
        assertEquals(0, retention.purge(), "without a setting the timer removes nothing");
    }

    private long count(String entity, Account account) {
        return em.createQuery("select count(e) from " + entity + " e where e.account = :a", Long.class)
                .setParameter("a", account).getSingleResult();
    }
}
