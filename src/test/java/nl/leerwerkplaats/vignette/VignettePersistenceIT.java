package nl.leerwerkplaats.vignette;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.VignetteFixture;
import nl.leerwerkplaats.vignette.boundary.ClassSpreads;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.entity.RatingMoment;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/**
 * Vignette ratings inside Payara Micro against the real database: the two rounds stored and final, the rounds'
 * opening rules, refused answers, and who may read a class's spreads.
 */
@ExtendWith(ArquillianExtension.class)
class VignettePersistenceIT {

    private static final String MODULE = VignetteFixture.MODULE;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(VignettePersistenceIT.class);
    }

    @Inject VignetteRatings ratings;
    @Inject ClassSpreads spreads;
    @Inject Reading reading;
    @Inject Catalog catalog;
    @Inject Cohorts cohorts;
    @Inject TestAccounts testAccounts;
    @Inject VignetteFixture fixture;

    @BeforeEach
    void writeModule() {
        fixture.writeModule();
    }

    @AfterEach
    void removeModule() {
        fixture.removeModule();
    }

    @Test
    @DisplayName("vignette R2: answers of both rounds are stored and final; the second round opens once every lesson is read")
    void beforeAndAfterAreStored() {
        Account learner = testAccounts.student();
        VignetteRating first = ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 1, 2);
        assertTrue(first.getId() != null);
        BusinessException twice = assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 3, 1));
        assertEquals("vignette.error.answered", twice.messageKey());
        BusinessException early = assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.AFTER, 3, 1));
        assertEquals("vignette.error.closed", early.messageKey());

        ModuleVersion version = reading.versionFor(learner, catalog.module(MODULE).orElseThrow());
        version.getLessons().forEach(lesson -> reading.recordView(learner, lesson));
        assertEquals("vignette.error.closed", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "tweede", RatingMoment.BEFORE, 1, null)).messageKey(),
                "the first round closes once every lesson is read");
        ratings.rate(learner, MODULE, "eerste", RatingMoment.AFTER, 3, 1);

        VignetteRatings.Standing standing = ratings.standing(learner, MODULE).orElseThrow();
        assertEquals(1, standing.answer("eerste", RatingMoment.BEFORE).orElseThrow().getScalePoint());
        assertEquals(2, standing.answer("eerste", RatingMoment.BEFORE).orElseThrow().getFirstStep());
        assertEquals(3, standing.answer("eerste", RatingMoment.AFTER).orElseThrow().getScalePoint());
        assertEquals(1, standing.answered(RatingMoment.AFTER));
        assertEquals("tweede", standing.next(RatingMoment.AFTER).orElseThrow().key());
        assertTrue(standing.next(RatingMoment.BEFORE).isEmpty());
    }

    @Test
    @DisplayName("vignette R2: an answer off the scale, a missing or unknown first step, or an unknown case is refused and nothing is stored")
    void badAnswersAreRefused() {
        Account learner = testAccounts.student();
        assertEquals("vignette.error.point", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 4, 1)).messageKey());
        assertEquals("vignette.error.point", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, null, 1)).messageKey());
        assertEquals("vignette.error.firstStep", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 2, null)).messageKey());
        assertEquals("vignette.error.firstStep", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 2, 3)).messageKey());
        assertEquals("vignette.error.firstStep", assertThrows(BusinessException.class,
                () -> ratings.rate(learner, MODULE, "tweede", RatingMoment.BEFORE, 2, 1)).messageKey(),
                "a case without a first step takes none");
        assertThrows(AccessDenied.class, () -> ratings.rate(learner, MODULE, "derde", RatingMoment.BEFORE, 2, null));
        assertThrows(AccessDenied.class, () -> ratings.rate(learner, "m1-herkomst-en-begrippen", "eerste",
                RatingMoment.BEFORE, 2, null), "a module without vignettes");
        assertTrue(ratings.standing(learner, MODULE).orElseThrow().ratings().isEmpty());
    }

    @Test
    @DisplayName("vignette R3 R4: a class's spread counts its current learners only; its lecturer and admins read it, others are refused")
    void classSpreadAndAccess() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account otherLecturer = testAccounts.create(Role.LECTURER);
        Account admin = testAccounts.create(Role.ADMIN);
        Cohort cohort = cohorts.create(lecturer, "Casusklas " + System.nanoTime(), null, CohortKind.CLASS);
        List<Account> learners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account learner = testAccounts.student();
            cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
            learners.add(learner);
            ratings.rate(learner, MODULE, "eerste", RatingMoment.BEFORE, 1 + i % 3, 1);
        }
        Account outsider = testAccounts.student();
        ratings.rate(outsider, MODULE, "eerste", RatingMoment.BEFORE, 3, 2);

        ClassSpreads.ClassReport report = spreads.ofClass(lecturer, cohort.getId(), MODULE);
        CaseSpread eerste = report.spread("eerste").orElseThrow();
        assertArrayEquals(new int[] {2, 2, 2}, eerste.before().counts(), "six learners of the class, not the outsider");
        assertArrayEquals(new int[] {6, 0}, eerste.before().firstSteps());
        assertEquals(0, eerste.after().total());
        assertEquals(6, report.learners());
        assertEquals(6, spreads.ofClass(admin, cohort.getId(), MODULE).spread("eerste").orElseThrow().before().total());

        assertThrows(AccessDenied.class, () -> spreads.ofClass(otherLecturer, cohort.getId(), MODULE));
        assertThrows(AccessDenied.class, () -> spreads.ofClass(learners.get(0), cohort.getId(), MODULE));
        assertThrows(AccessDenied.class, () -> spreads.acrossClasses(lecturer, MODULE));
        ClassSpreads.CrossClassReport across = spreads.acrossClasses(admin, MODULE);
        assertTrue(across.overall().get(0).before().total() >= 7, "every learner's answer, the outsider's too");
        assertFalse(across.perClass().isEmpty());

        List<ClassSpreads.GroupAnswers> mine = spreads.classesOf(learners.get(0), catalog.module(MODULE).orElseThrow());
        assertEquals(1, mine.size());
        assertEquals(6, mine.get(0).judgements().size());
    }
}
