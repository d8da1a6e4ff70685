package nl.leerwerkplaats.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.boundary.Verification;
import nl.leerwerkplaats.certificate.control.PointsOverview;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.testsupport.CertificateFixture;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Completion records inside Payara Micro against the real database: issuing on completion, immutability across a
 * content update, points and periods, revocation, and the public verification API with its rate limit (last,
 * because it blocks this address for the rest of the window).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificatePersistenceIT {

    private static final String ACCREDITED = CertificateFixture.ACCREDITED;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(CertificatePersistenceIT.class);
    }

    @Inject Records records;
    @Inject Verification verification;
    @Inject Accounts accounts;
    @Inject TestAccounts testAccounts;
    @Inject CertificateFixture fixture;

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

    @Test
    @Order(1)
    @DisplayName("certificate R2: completing a module issues one record with every field, and it verifies")
    void completionIssuesARecord() {
        Account professional = fixture.professional();
        fixture.complete(professional, ACCREDITED);

        List<CompletionRecord> mine = records.of(professional);
        assertEquals(1, mine.size(), "one record per completion");
        CompletionRecord record = mine.get(0);
        assertEquals("Łukasz Eliëns", record.getLearnerName());
        assertEquals(CertificateFixture.SKJ_NUMBER, record.getData().registrationNumber());
        assertEquals("Normaliseren in de wijk", record.getModuleTitle());
        assertEquals(new BigDecimal("1.5"), record.getStudyHours(), "90 minutes");
        assertEquals(fixture.today(), record.getCompletionDate());
        assertEquals(100, record.getFinalScore());
        assertEquals(4, record.getPoints());
        assertEquals("A-IT-1", record.getData().activityId());
        assertFalse(record.isOutsideWindow());
        assertEquals(32, record.getCode().length());
        assertTrue(verification.check(record.getCode(), "10.9.9.1").valid(), "signed and matching");

        fixture.complete(professional, CertificateFixture.EXPIRED);
        fixture.complete(professional, CertificateFixture.PLAIN);
        CompletionRecord expired = byModule(professional, CertificateFixture.EXPIRED);
        assertEquals(0, expired.getPoints(), "completed outside the window: no points");
        assertTrue(expired.isOutsideWindow());
        assertEquals(3, expired.getPointsAvailable());
        CompletionRecord plain = byModule(professional, CertificateFixture.PLAIN);
        assertNull(plain.getPoints(), "not accredited: hours only");
        assertEquals(new BigDecimal("0.8"), plain.getStudyHours(), "45 minutes");

        PointsOverview points = records.skjPoints(professional);
        assertEquals(4, points.earned(), "only the accredited completion in the window counts");
        assertEquals(60, points.required());
        assertEquals(fixture.today().minusYears(2), points.period().start());
        assertNull(records.skjPoints(testAccounts.student()), "no registration start: no overview");
    }

    @Test
    @Order(2)
    @DisplayName("certificate R2: a content update or a profile change never alters a record; a newer version issues a new one")
    void recordsAreImmutable() {
        Account professional = fixture.professional();
        fixture.complete(professional, ACCREDITED);
        CompletionRecord first = records.of(professional).get(0);
        String jwt = first.getCredentialJwt();

        fixture.updateAccreditedModule("Normaliseren in de wijk, herzien");
        accounts.updateProfile(professional.getId(), "Łukasz Eliëns-de Vries", professional.getEmail(), "999", null);
        em.getEntityManagerFactory().getCache().evictAll();
        CompletionRecord again = verification.find(first.getCode()).orElseThrow();
        assertEquals("Normaliseren in de wijk", again.getModuleTitle());
        assertEquals("Łukasz Eliëns", again.getLearnerName());
        assertEquals(CertificateFixture.SKJ_NUMBER, again.getData().registrationNumber());
        assertEquals(new BigDecimal("1.5"), again.getStudyHours());
        assertEquals(4, again.getPoints());
        assertEquals(jwt, again.getCredentialJwt());
        assertTrue(verification.check(first.getCode(), "10.9.9.2").valid());

        fixture.complete(professional, ACCREDITED);
        List<CompletionRecord> both = records.of(professional);
        assertEquals(2, both.size(), "the newer version gives a second record");
        CompletionRecord second = both.stream().filter(r -> !r.getCode().equals(first.getCode())).findFirst().orElseThrow();
        assertEquals("Normaliseren in de wijk, herzien", second.getModuleTitle());
        assertEquals(new BigDecimal("2.0"), second.getStudyHours());
        assertEquals(6, second.getPoints());
        assertEquals("Łukasz Eliëns-de Vries", second.getLearnerName());
        assertNotEquals(first.getModuleVersionLabel(), second.getModuleVersionLabel());
    }

    @Test
    @Order(3)
    @DisplayName("certificate R4: an admin revokes with a reason; verification shows it at once, the audit log keeps it")
    void revocation() {
        CompletionRecord issued = issuedRecord();
        Account professional = issued.getAccount();
        String code = issued.getCode();
        Account admin = testAccounts.create(Role.ADMIN);

        assertThrows(AccessDenied.class, () -> records.revoke(testAccounts.create(Role.LECTURER), code, "Geen recht"));
        records.revoke(admin, code, "Eindtoets door een ander gemaakt");

        Verification.Check check = verification.check(code, "10.9.9.3");
        assertTrue(check.record().isRevoked());
        assertFalse(check.valid());
        assertTrue(check.signature().valid(), "the signature itself is intact");
        assertEquals("Eindtoets door een ander gemaakt", check.record().getRevocationReason());
        var history = records.history(check.record());
        assertEquals(1, history.size());
        assertEquals(admin.getDisplayName(), history.get(0).getActorName());
        assertEquals("Eindtoets door een ander gemaakt", history.get(0).getDetail());
        BusinessException twice = assertThrows(BusinessException.class, () -> records.revoke(admin, code, "Nogmaals"));
        assertEquals("records.alreadyRevoked", twice.messageKey());
        assertEquals(0, records.skjPoints(professional).earned(), "a revoked record's points no longer count");

        WebSession anyone = new WebSession(Loopback.of(deployed));
        JsonObject api = json(anyone.get("/api/v1/verify/" + code).body());
        assertEquals("revoked", api.getString("status"));
        assertEquals("Eindtoets door een ander gemaakt", api.getString("revocationReason"));
        assertTrue(anyone.get("/verify/" + code).body().contains("data-status=\"revoked\""));
    }

    @Test
    @Order(4)
    @DisplayName("certificate R3: GET /api/v1/verify/{code} and /verify/{code} show every field to anyone; unknown is 404 'niet gevonden'")
    void verificationApiAndPage() {
        CompletionRecord record = issuedRecord();
        WebSession anyone = new WebSession(Loopback.of(deployed));

        HttpResponse<String> response = anyone.get("/api/v1/verify/" + record.getCode().toUpperCase());
        assertEquals(200, response.statusCode(), "codes are case-insensitive");
        JsonObject api = json(response.body());
        assertEquals("valid", api.getString("status"));
        assertTrue(api.getBoolean("valid"));
        assertEquals("Łukasz Eliëns", api.getString("learnerName"));
        assertEquals(CertificateFixture.SKJ_NUMBER, api.getString("registrationNumber"));
        assertEquals(ACCREDITED, api.getJsonObject("module").getString("key"));
        assertEquals(1.5, api.getJsonNumber("studyHours").doubleValue());
        assertEquals(fixture.today().toString(), api.getString("completionDate"));
        assertEquals(100, api.getInt("finalScore"));
        assertEquals(4, api.getInt("points"));
        assertEquals("A-IT-1", api.getJsonObject("accreditation").getString("activityId"));
        assertTrue(api.getJsonObject("signature").getBoolean("valid"));
        assertTrue(api.getJsonObject("signature").getBoolean("matchesRecord"));
        assertEquals(record.getCredentialJwt(), api.getString("credential"));

        String page = anyone.get("/verify/" + record.getCode()).body();
        assertTrue(page.contains("data-status=\"valid\""), "the public page, without logging in");
        assertTrue(page.contains("Łukasz Eliëns") && page.contains("Normaliseren in de wijk"), page);

        HttpResponse<String> unknown = anyone.get("/api/v1/verify/" + "0".repeat(32));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("niet gevonden"), unknown.body());
        HttpResponse<String> unknownPage = anyone.get("/verify/not-a-code");
        assertEquals(404, unknownPage.statusCode());
        assertTrue(unknownPage.body().contains("niet gevonden"));
    }

    @Test
    @Order(5)
    @DisplayName("certificate R4 R6: the admin page revokes with a validated reason; the period's CSV is for admins only")
    void adminPageAndExport() {
        CompletionRecord issued = issuedRecord();
        Account professional = issued.getAccount();
        String code = issued.getCode();
        Account admin = testAccounts.create(Role.ADMIN);
        WebSession browser = new WebSession(Loopback.of(deployed));
        assertEquals(302, browser.logIn(admin.getUsername(), TestAccounts.PASSWORD).statusCode());
        String period = "from=" + fixture.today().minusDays(1) + "&until=" + fixture.today();

        HttpResponse<String> csv = browser.get("/api/v1/records.csv?" + period);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFNaam,Registratienummer,Activiteitnummer,Titel"), csv.body());
        assertTrue(csv.body().contains("Łukasz Eliëns," + CertificateFixture.SKJ_NUMBER + ",A-IT-1,Normaliseren in de wijk,"),
                csv.body());
        assertTrue(csv.body().contains(fixture.today() + ",1.5,4," + code + ",geldig"), csv.body());
        assertEquals(400, browser.get("/api/v1/records.csv?from=gisteren&until=" + fixture.today()).statusCode());
        WebSession learner = new WebSession(Loopback.of(deployed));
        learner.logIn(professional.getUsername(), TestAccounts.PASSWORD);
        assertEquals(403, learner.get("/api/v1/records.csv?" + period).statusCode());
        assertEquals(403, learner.get("/admin/records").statusCode(), "the admin page is for admins");

        String page = browser.get("/admin/records").body();
        java.util.regex.Matcher select = java.util.regex.Pattern.compile(
                "<button[^>]*name=\"(list:records:\\d+:select)\"[^>]*data-code=\"" + code + "\"").matcher(page);
        assertTrue(select.find(), "a revoke button for the record");
        String form = browser.submit(page, "list", java.util.Map.of(select.group(1), "")).body();
        assertTrue(form.contains("id=\"revoke\""), "the reason form opens");
        String tooShort = browser.submit(form, "revoke", java.util.Map.of("revoke:reason", "Fout", "revoke:confirm", "")).body();
        assertTrue(tooShort.contains("Geef een reden van 10 tot 1000 tekens."), "the field error next to the reason");
        assertFalse(verification.find(code).orElseThrow().isRevoked(), "nothing revoked on a refused form");
        String done = browser.submit(tooShort, "revoke", java.util.Map.of("revoke:reason",
                "Dubbel uitgegeven certificaat", "revoke:confirm", "")).body();
        assertTrue(done.contains("is ingetrokken"), "a confirmation");
        assertTrue(done.contains("Dubbel uitgegeven certificaat"), "the audit entry under the record");
        assertTrue(verification.find(code).orElseThrow().isRevoked());
        assertTrue(browser.get("/api/v1/records.csv?" + period).body().contains(code + ",ingetrokken"));
    }

    @Test
    @Order(6)
    @DisplayName("certificate R3: an address that tries too many unknown codes gets 429 with Retry-After, also for known codes")
    void guessingIsRateLimited() {
        String code = issuedRecord().getCode();
        WebSession guesser = new WebSession(Loopback.of(deployed));
        int misses = 0;
        HttpResponse<String> response = guesser.get("/api/v1/verify/" + "1".repeat(32));
        while (response.statusCode() == 404 && misses < 100) {
            misses++;
            response = guesser.get("/api/v1/verify/" + Integer.toString(misses, 32) + "1".repeat(31));
        }
        assertEquals(429, response.statusCode(), response.body());
        assertTrue(misses <= 20, "blocked after the configured 20 misses, not " + misses);
        assertTrue(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(429, guesser.get("/api/v1/verify/" + code).statusCode(), "while blocked, nothing is looked up");
        assertEquals(429, guesser.get("/verify/" + code).statusCode(), "the page counts the same misses");
        assertTrue(verification.check(code, "10.9.9.4").valid(), "another address is not blocked");
    }

    /** A new professional's record of the accredited module. */
    private CompletionRecord issuedRecord() {
        Account professional = fixture.professional();
        fixture.complete(professional, ACCREDITED);
        return records.of(professional).get(0);
    }

    private CompletionRecord byModule(Account learner, String key) {
        return records.of(learner).stream().filter(r -> r.getModuleKey().equals(key)).findFirst().orElseThrow();
    }
}
