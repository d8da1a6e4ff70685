package nl.leerwerkplaats.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.reflection.boundary.DraftConflict;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.boundary.SubmitRefused;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.testsupport.ContentFolder;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;

/**
 * Reflections inside Payara Micro against the real database (in-memory Derby; PostgreSQL with -Ppostgresql):
 * autosave and two tabs, submission within word limits, the revision loop with rubric and notifications, and
 * who may read or review.
 */
@ExtendWith(ArquillianExtension.class)
class ReflectionsPersistenceIT {

    private static final String MODULE = "it-reflect";
    private static final String ASSIGNMENT = "casus";
    private static final String WORDS_30 = "woord ".repeat(30).strip();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ReflectionsPersistenceIT.class);
    }

    @Inject
    Reflections reflections;

    @Inject
    ReflectionReviews reviews;

    @Inject
    Notifications notifications;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    ContentLibrary library;

    @Inject
    PlatformSettings settings;

    @Inject
    TestAccounts testAccounts;

    private ContentFolder content() {
        return new ContentFolder(settings.contentDir());
    }

    @BeforeEach
    void writeModule() {
        content().module(MODULE, "01-les.md");
        content().write(MODULE + "/reflections/" + ASSIGNMENT + ".yaml", """
                title: "Een casus uit je stage"
                sections:
                  - key: situatie
                    title: "Situatie"
                    question: "Wat gebeurde er?"
                    minWords: 20
                    maxWords: 100
                  - key: oordeel
                    title: "Jouw oordeel"
                    question: "Wat vond je normaal, en waarom?"
                    minWords: 20
                rubric:
                  - key: onderbouwing
                    title: "Onderbouwing"
                    levels:
                      - { label: "Onvoldoende", points: 0, description: "Geen bronnen." }
                      - { label: "Goed", points: 2, description: "Met bronnen." }
                """);
        content().write(MODULE + "/reflections/" + ASSIGNMENT + ".md", "# Een casus\n\nBeschrijf een casus.\n");
        library.reload();
    }

    @AfterEach
    void removeModule() {
        content().delete(MODULE);
        library.reload();
    }

    private CourseModule module() {
        return catalog.module(MODULE).orElseThrow();
    }

    private record Setting(Account learner, Account lecturer, Reflection reflection) {
    }

    private Setting classWithReflection() {
        Account learner = testAccounts.student();
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = cohorts.create(lecturer, "Reflectieklas " + System.nanoTime(), null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, null);
        return new Setting(learner, lecturer, reflections.open(learner, module(), ASSIGNMENT));
    }

    @Test
    @DisplayName("Autosave keeps the draft; a second tab on an older revision gets a conflict, not an overwrite")
    void twoTabsNeverOverwriteSilently() {
        Setting s = classWithReflection();
        Long id = s.reflection().getId();
        Reflection first = reflections.saveDraft(s.learner(), id, Map.of("situatie", "Tab een"), 0, false);
        assertEquals(1, first.getDraftRevision());

        DraftConflict conflict = assertThrows(DraftConflict.class,
                () -> reflections.saveDraft(s.learner(), id, Map.of("situatie", "Tab twee"), 0, false));
        assertEquals(1, conflict.revision());
        assertEquals("Tab een", conflict.texts().get("situatie"), "the conflict shows what is stored");

        Reflection kept = reflections.saveDraft(s.learner(), id, Map.of("situatie", "Tab twee"), 0, true);
        assertEquals(2, kept.getDraftRevision(), "the learner chose their own text");
        assertEquals("Tab twee", reflections.own(s.learner(), id).getDraft().get("situatie"));
        assertThrows(BusinessException.class,
                () -> reflections.saveDraft(s.learner(), id, Map.of("onbekend", "x"), 2, false));
        assertEquals(s.reflection().getId(), reflections.open(s.learner(), module(), ASSIGNMENT).getId(),
                "opening again finds the same reflection");
    }

    @Test
    @DisplayName("Submitting checks the word limits per section and locks the version")
    void submitChecksWordLimitsAndLocks() {
        Setting s = classWithReflection();
        Long id = s.reflection().getId();
        reflections.saveDraft(s.learner(), id, Map.of("situatie", WORDS_30, "oordeel", "te kort"), 0, false);

        SubmitRefused refused = assertThrows(SubmitRefused.class, () -> reflections.submit(s.learner(), id, 1));
        assertEquals(List.of("oordeel"), List.copyOf(refused.problems().keySet()));
        assertEquals("reflection.tooShort", refused.problems().get("oordeel").messageKey());
        assertEquals(2, refused.problems().get("oordeel").words());

        reflections.saveDraft(s.learner(), id, Map.of("situatie", WORDS_30, "oordeel", WORDS_30), 1, false);
        assertThrows(DraftConflict.class, () -> reflections.submit(s.learner(), id, 1), "submit names its revision");
        assertEquals(1, reflections.submit(s.learner(), id, 2).getNumber());
        BusinessException locked = assertThrows(BusinessException.class,
                () -> reflections.saveDraft(s.learner(), id, Map.of("situatie", "later"), 2, false));
        assertEquals("reflection.locked", locked.messageKey());
        assertTrue(notifications.unread(s.lecturer()) >= 1, "the lecturer hears of the submission");
    }

    @Test
    @DisplayName("The revision loop: needs revision with feedback, revise, resubmit, approve with the rubric")
    void revisionLoop() {
        Setting s = classWithReflection();
        Long id = s.reflection().getId();
        reflections.saveDraft(s.learner(), id, Map.of("situatie", WORDS_30, "oordeel", WORDS_30), 0, false);
        reflections.submit(s.learner(), id, 1);
        assertTrue(reviews.queue(s.lecturer(), null).stream().anyMatch(r -> r.getId().equals(id)));

        BusinessException noFeedback = assertThrows(BusinessException.class,
                () -> reviews.decide(s.lecturer(), id, Decision.NEEDS_REVISION, " ", Map.of("onderbouwing", 0)));
        assertEquals("review.feedbackRequired", noFeedback.messageKey());
        BusinessException noRubric = assertThrows(BusinessException.class,
                () -> reviews.decide(s.lecturer(), id, Decision.APPROVED, "Mooi.", Map.of()));
        assertEquals("review.rubricIncomplete", noRubric.messageKey());
        reviews.decide(s.lecturer(), id, Decision.NEEDS_REVISION, "Noem een bron.", Map.of("onderbouwing", 0));
        assertEquals(ReflectionStatus.NEEDS_REVISION, reflections.own(s.learner(), id).getStatus());
        assertTrue(notifications.unread(s.learner()) >= 1, "the learner hears of the feedback");

        reflections.saveDraft(s.learner(), id, Map.of("situatie", WORDS_30 + " met bron", "oordeel", WORDS_30), 1, false);
        assertEquals(2, reflections.submit(s.learner(), id, 2).getNumber());
        Reflection approved = reviews.decide(s.lecturer(), id, Decision.APPROVED, "Goed.", Map.of("onderbouwing", 1));

        assertEquals(ReflectionStatus.APPROVED, approved.getStatus());
        Reflection stored = reflections.own(s.learner(), id);
        assertEquals(2, stored.getVersions().size(), "every submitted version is kept");
        assertEquals(WORDS_30, stored.getVersions().get(0).text("situatie"));
        assertEquals(Decision.NEEDS_REVISION, stored.getVersions().get(0).getDecision());
        assertEquals(2, stored.getVersions().get(1).getRubricPoints());
        assertEquals(2, stored.getVersions().get(1).getRubricMax());
        assertTrue(reviews.queue(s.lecturer(), null).stream().noneMatch(r -> r.getId().equals(id)));
        assertEquals(1, reviews.ofAssignment(s.lecturer(), cohorts.taughtBy(s.lecturer()).get(0).getId(), module(),
                ASSIGNMENT).size(), "the class download holds the reflection");
    }

    @Test
    @DisplayName("Only the learner, their class's lecturers and admins read a reflection; only lecturers review it")
    void accessRules() {
        Setting s = classWithReflection();
        Long id = s.reflection().getId();
        reflections.saveDraft(s.learner(), id, Map.of("situatie", WORDS_30, "oordeel", WORDS_30), 0, false);
        reflections.submit(s.learner(), id, 1);

        Account otherStudent = testAccounts.student();
        Account otherLecturer = testAccounts.create(Role.LECTURER);
        Account admin = testAccounts.create(Role.ADMIN);
        assertThrows(AccessDenied.class, () -> reflections.visible(otherStudent, id));
        assertThrows(AccessDenied.class, () -> reflections.visible(otherLecturer, id));
        assertThrows(AccessDenied.class, () -> reflections.own(s.lecturer(), id));
        assertThrows(AccessDenied.class,
                () -> reflections.saveDraft(otherStudent, id, Map.of("situatie", "x"), 1, true));
        assertThrows(AccessDenied.class,
                () -> reviews.decide(otherLecturer, id, Decision.APPROVED, "x", Map.of("onderbouwing", 1)));
        assertThrows(AccessDenied.class,
                () -> reviews.decide(s.learner(), id, Decision.APPROVED, "x", Map.of("onderbouwing", 1)));
        assertEquals(id, reflections.visible(s.lecturer(), id).getId());
        assertEquals(id, reflections.visible(admin, id).getId());
        assertTrue(reviews.queue(otherLecturer, null).stream().noneMatch(r -> r.getId().equals(id)));
        assertNull(reflections.find(otherStudent, module(), ASSIGNMENT).orElse(null));
    }
}
