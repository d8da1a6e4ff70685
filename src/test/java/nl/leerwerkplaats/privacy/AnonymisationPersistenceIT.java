package nl.leerwerkplaats.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.boundary.Verification;
import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.privacy.boundary.Anonymisation;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.testsupport.CertificateFixture;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.PrivacyFixture;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Anonymisation inside Payara Micro against the real database (in-memory Derby; PostgreSQL with -Ppostgresql): what
 * goes and what stays, in the boundary and from the admin page, with completion records that stay verifiable.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymisationPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(AnonymisationPersistenceIT.class);
    }

    @Inject PrivacyFixture fixture;
    @Inject Anonymisation anonymisation;
    @Inject Verification verification;
    @Inject Records records;
    @Inject Accounts accounts;
    @Inject AuditLog auditLog;
    @Inject TestAccounts testAccounts;

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
    @DisplayName("privacy R3: anonymising removes personal data, keeps the statistics, and the record stays verifiable")
    void anonymisation() {
        PrivacyFixture.Learner learner = fixture.learnerWithEverything(marker());
        PrivacyFixture.Learner other = fixture.learnerWithEverything(marker());
        Account admin = testAccounts.create(Role.ADMIN);
        Long id = learner.account().getId();
        String oldEmail = learner.account().getEmail();
        String code = records.of(learner.account()).get(0).getCode();

        assertThrows(AccessDenied.class, () -> anonymisation.anonymise(testAccounts.create(Role.LECTURER), id));
        BusinessException adminRefused = assertThrows(BusinessException.class,
                () -> anonymisation.anonymise(admin, testAccounts.create(Role.ADMIN).getId()));
        assertEquals("privacy.anonymise.admin", adminRefused.messageKey());
        anonymisation.anonymise(admin, id);
        em.getEntityManagerFactory().getCache().evictAll();

        Account gone = accounts.find(id).orElseThrow();
        assertEquals("anonymised-" + id, gone.getUsername());
        assertEquals("Anoniem " + id, gone.getDisplayName());
        assertNull(gone.getEmail());
        assertNull(gone.getSkjNumber());
        assertNull(gone.getSkjRegistrationStart());
        assertFalse(gone.isActive());
        assertFalse(gone.hasPassword());
        assertTrue(gone.isAnonymised());
        assertTrue(accounts.authenticate(oldEmail, TestAccounts.PASSWORD.toCharArray()).isEmpty(), "no login");
        assertEquals(0, count("AccountToken", gone), "one-time links deleted");
        assertEquals(0, count("CalendarFeed", gone), "calendar address deleted");
        assertEquals(0, count("Notification", gone), "notifications deleted");
        assertNull(em.createQuery("select m.studentNumber from CohortMember m where m.account = :a", String.class)
                .setParameter("a", gone).getSingleResult(), "student number removed");

        assertEquals(1, count("QuizAttempt", gone), "the attempt stays for the statistics");
        Reflection reflection = em.find(Reflection.class, learner.reflection().getId());
        assertEquals(ReflectionStatus.SUBMITTED, reflection.getStatus(), "the reflection's status stays");
        assertEquals(2, reflection.getVersions().size(), "its versions stay");
        assertTrue(reflection.isTextsRemoved());
        assertTrue(reflection.getDraft().isEmpty(), "the draft text is removed");
        assertTrue(reflection.getVersions().stream().allMatch(v -> v.getTexts().isEmpty() && v.getFeedback() == null),
                "every version's text and feedback removed");

        Verification.Check check = verification.check(code, "10.9.8.1");
        assertTrue(check.valid(), "still valid");
        assertTrue(check.signature().valid(), "signed again with the platform key");
        assertTrue(check.matchesRecord(), "the re-signed badge says what the record says");
        assertTrue(check.record().isNameRemoved());
        assertEquals(CompletionRecord.NAME_REMOVED, check.record().getLearnerName());
        assertNull(check.record().getData().registrationNumber());
        String badge = BadgeSigner.credentialOf(check.record().getCredentialJwt()).toString();
        assertFalse(badge.contains("Łukasz") || badge.contains(CertificateFixture.SKJ_NUMBER), badge);
        assertTrue(badge.contains(CompletionRecord.NAME_REMOVED), badge);

        List<AuditEntry> audit = auditLog.of("account:" + id);
        assertEquals(1, audit.size());
        assertEquals(Anonymisation.ANONYMISED, audit.get(0).getAction());
        assertEquals(admin.getDisplayName(), audit.get(0).getActorName());
        String entry = audit.get(0).getSubject() + " " + audit.get(0).getDetail();
        assertFalse(entry.contains("Łukasz") || entry.contains(oldEmail) || entry.contains(learner.marker()),
                "the audit log holds none of the removed data: " + entry);
        BusinessException twice = assertThrows(BusinessException.class, () -> anonymisation.anonymise(admin, id));
        assertEquals("privacy.anonymise.already", twice.messageKey());

        Account untouched = accounts.find(other.account().getId()).orElseThrow();
        assertEquals("Łukasz Eliëns", untouched.getDisplayName(), "another learner keeps everything");
        assertEquals(other.firstText(), em.find(Reflection.class, other.reflection().getId()).getVersions().get(0)
                .text("situatie"));
    }

    private long count(String entity, Account account) {
        return em.createQuery("select count(e) from " + entity + " e where e.account = :a", Long.class)
                .setParameter("a", account).getSingleResult();
    }

    @Test
    @DisplayName("privacy R3: the admin page anonymises after confirmation; verification shows 'naam verwijderd op verzoek'")
    void anonymisationFromTheAdminPage() {
        PrivacyFixture.Learner learner = fixture.learnerWithEverything(marker());
        String code = records.of(learner.account()).get(0).getCode();
        Account admin = testAccounts.create(Role.ADMIN);
        WebSession browser = new WebSession(Loopback.of(deployed));
        assertEquals(302, browser.logIn(admin.getUsername(), TestAccounts.PASSWORD).statusCode());
        String page = "/admin/account?id=" + learner.account().getId();

        HttpResponse<String> unconfirmed = browser.submit(browser.get(page).body(), "anonymise-form",
                java.util.Map.of("anonymise-form:anonymise", ""));
        assertEquals(200, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("Vink aan dat je weet dat dit niet ongedaan kan worden gemaakt."),
                "the confirmation is required, its message next to the box");
        assertFalse(accounts.find(learner.account().getId()).orElseThrow().isAnonymised());

        HttpResponse<String> done = browser.submit(unconfirmed.body(), "anonymise-form",
                java.util.Map.of("anonymise-form:confirm", "on", "anonymise-form:anonymise", ""));
        assertEquals(302, done.statusCode(), done.body());
        String after = browser.get(page).body();
        assertTrue(after.contains("id=\"anonymised\""), after);
        assertFalse(after.contains(learner.account().getEmail()), "the page no longer shows the address");
        String review = browser.get("/reflection/review?reflection=" + learner.reflection().getId()).body();
        assertTrue(review.contains("id=\"texts-removed\""), "the review page says the texts were removed");
        assertFalse(review.contains(learner.secondText()) || review.contains(learner.feedback()), review);

        WebSession anyone = new WebSession(Loopback.of(deployed));
        JsonObject api = json(anyone.get("/api/v1/verify/" + code).body());
        assertEquals("valid", api.getString("status"));
        assertTrue(api.getBoolean("valid"));
        assertEquals("naam verwijderd op verzoek", api.getString("learnerName"));
        assertTrue(api.getBoolean("nameRemoved"));
        assertTrue(api.isNull("registrationNumber"));
        assertTrue(api.getJsonObject("signature").getBoolean("valid"));
        assertTrue(api.getJsonObject("signature").getBoolean("matchesRecord"));
        String verifyPage = anyone.get("/verify/" + code).body();
        assertTrue(verifyPage.contains("data-name-removed=\"true\">naam verwijderd op verzoek<"), verifyPage);
        assertFalse(verifyPage.contains("Łukasz"), "the name is gone from the public page");
    }
}
