package nl.leerwerkplaats.vignette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.VignetteFixture;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;
import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * The learner's vignette pages over HTTP, as the browser sends them: the card on the module page, the rate form with
 * its messages next to the fields, the reasoning only after an answer, the second round and the shift, and the
 * class's spread appearing with the fifth classmate.
 */
@ExtendWith(ArquillianExtension.class)
class VignetteWebIT {

    private static final String MODULE = VignetteFixture.MODULE;
    private static final String RATE_BEFORE = "/vignette/rate?module=" + MODULE + "&moment=before";
    private static final String RATE_AFTER = "/vignette/rate?module=" + MODULE + "&moment=after";
    private static final String FIRST_CASE = "/vignette/case?module=" + MODULE + "&case=eerste";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(VignetteWebIT.class);
    }

    @Inject VignetteFixture fixture;
    @Inject TestAccounts testAccounts;
    @Inject VignetteRatings ratings;
    @Inject Reading reading;
    @Inject Catalog catalog;
    @Inject Cohorts cohorts;

    @ArquillianResource
    URL deployed;

    @BeforeEach
    void writeModule() {
        fixture.writeModule();
    }

    @AfterEach
    void removeModule() {
        fixture.removeModule();
    }

    private WebSession session(Account account) {
        WebSession session = new WebSession(Loopback.of(deployed));
        assertEquals(302, session.logIn(account.getUsername(), TestAccounts.PASSWORD).statusCode());
        return session;
    }

    @Test
    @DisplayName("vignette R2: rate with messages next to the fields, the reasoning after the answer, the second round and the shift")
    void learnerRatesBothRounds() {
        Account learner = testAccounts.student();
        WebSession web = session(learner);
        String module = web.get("/learning/module?id=" + MODULE).body();
        assertTrue(module.contains("id=\"vignette-card\"") && module.contains("id=\"vignette-before\""), module);

        String unanswered = web.get(FIRST_CASE).body();
        assertTrue(unanswered.contains("Beoordeel deze casus eerst"), unanswered);
        assertFalse(unanswered.contains(VignetteFixture.FIRST_REASONING), "no reasoning before an answer");

        String form = web.get(RATE_BEFORE).body();
        assertTrue(form.contains("Eerste casus") && form.contains("Casus 1 van 2"), form);
        HttpResponse<String> noStep = web.submit(form, "rate", Map.of("rate:point", "2", "rate:save", ""));
        assertEquals(200, noStep.statusCode());
        assertTrue(noStep.body().contains("Kies wat je als eerste zou doen."), noStep.body());
        HttpResponse<String> noPoint = web.submit(form, "rate", Map.of("rate:firstStep", "1", "rate:save", ""));
        assertTrue(noPoint.body().contains("Kies een punt op de schaal."), noPoint.body());
        assertTrue(ratings.standing(learner, MODULE).orElseThrow().ratings().isEmpty(), "nothing stored");

        HttpResponse<String> saved = web.submit(form, "rate", Map.of("rate:point", "2", "rate:firstStep", "1", "rate:save", ""));
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElseThrow().contains("case=eerste"));
        String answered = web.get(FIRST_CASE).body();
        assertTrue(answered.contains(VignetteFixture.FIRST_REASONING) && answered.contains("Steun") && answered.contains("Praten"),
                answered);
        assertTrue(web.get(RATE_BEFORE).body().contains("Tweede casus"), "the next case of the round");
        assertTrue(web.get(RATE_AFTER).body().contains("deze ronde opent als je alle lessen hebt gelezen"));

        reading.versionFor(learner, catalog.module(MODULE).orElseThrow()).getLessons()
                .forEach(lesson -> reading.recordView(learner, lesson));
        String after = web.get(RATE_AFTER).body();
        assertTrue(after.contains("Eerste casus"), after);
        assertEquals(302, web.submit(after, "rate", Map.of("rate:point", "3", "rate:firstStep", "2", "rate:save", ""))
                .statusCode());
        assertTrue(web.get(FIRST_CASE).body().contains("1 stap(pen) zwaarder"), "the learner's own shift");
        String overview = web.get("/vignette/module?module=" + MODULE).body();
        assertTrue(overview.contains("meer hulp") && overview.contains("Hulp"), overview);

        assertEquals(404, web.get("/vignette/rate?module=" + MODULE + "&moment=sometime").statusCode());
        assertEquals(404, web.get("/vignette/case?module=" + MODULE + "&case=derde").statusCode());
        assertEquals(404, web.get("/vignette/module?module=m1-herkomst-en-begrippen").statusCode(), "a module without cases");
    }

    @Test
    @DisplayName("vignette R3: the class's spread shows on a learner's case page with the fifth classmate's answer, not before")
    void classSpreadFromFiveClassmates() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = cohorts.create(lecturer, "Spreidingsklas " + System.nanoTime(), null, CohortKind.CLASS);
        Account learner = testAccounts.student();
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
        ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 1, 1);
        for (int i = 0; i < 4; i++) {
            Account classmate = testAccounts.student();
            cohorts.enrol(cohort, classmate, MemberRole.LEARNER, null);
            ratings.rate(classmate, MODULE, "eerste", RatingMoment.BEFORE, 3, 2);
        }
        WebSession web = session(learner);
        String four = web.get(FIRST_CASE).body();
        assertTrue(four.contains("(4 klasgenoten beoordeelden deze casus, minstens 5 nodig)"), four);
        assertFalse(four.contains("spread-table"), "no spread with four classmates");

        Account fifth = testAccounts.student();
        cohorts.enrol(cohort, fifth, MemberRole.LEARNER, null);
        ratings.rate(fifth, MODULE, "eerste", RatingMoment.BEFORE, 3, 2);
        String five = web.get(FIRST_CASE).body();
        assertTrue(five.contains("spread-table") && five.contains("83%") && five.contains("17%"), five);
    }
}
