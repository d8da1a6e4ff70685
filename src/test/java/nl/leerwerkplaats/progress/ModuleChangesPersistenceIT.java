package nl.leerwerkplaats.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
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

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.Nudges;
import nl.leerwerkplaats.progress.boundary.Prerequisites;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.boundary.Reminders;
import nl.leerwerkplaats.progress.boundary.VersionMove;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.ProgressFixture;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Prerequisites, moves to a newer module version and reminders inside Payara Micro against the real database
 * (in-memory Derby; PostgreSQL with -Ppostgresql).
 */
@ExtendWith(ArquillianExtension.class)
class ModuleChangesPersistenceIT {

    private static final String MODULE = ProgressFixture.MODULE;
    private static final String BASIS = ProgressFixture.BASIS;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ModuleChangesPersistenceIT.class);
    }

    @Inject Assignments assignments;
    @Inject VersionMove versionMove;
    @ArquillianResource
    URL deployed;

    @Inject Reminders reminders;
    @Inject Nudges nudges;
    @Inject Prerequisites prerequisites;
    @Inject ProgressSummaries summaries;
    @Inject Reading reading;
    @Inject Notifications notifications;
    @Inject Cohorts cohorts;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject TestAccounts testAccounts;
    @Inject ProgressFixture fixture;

    @PersistenceContext
    EntityManager em;

    @BeforeEach
    void writeModules() {
        fixture.writeModules();
    }

    @AfterEach
    void removeModules() {
        fixture.removeModules();
    }

    @Test
    @DisplayName("progress R4: a module whose prerequisite is not completed is locked (its lessons lead to the module page, which says why), and opens once it is")
    void prerequisitesLock() {
        Account learner = testAccounts.student();
        ModuleVersion version = fixture.module().getCurrentVersion();
        assertEquals(List.of(BASIS), prerequisites.missing(learner, version).stream()
                .map(ModuleVersion::getModuleKey).toList());
        assertTrue(prerequisites.missing(testAccounts.create(Role.LECTURER), version).isEmpty(), "staff prepare");
        WebSession browser = new WebSession(Loopback.of(deployed));
        assertEquals(302, browser.logIn(learner.getUsername(), TestAccounts.PASSWORD).statusCode());
        String lesson = "/learning/lesson?module=" + MODULE + "&lesson=01-eerste";
        HttpResponse<String> locked = browser.get(lesson);
        assertEquals(302, locked.statusCode(), "the lesson sends the learner to the module page");
        assertTrue(locked.headers().firstValue("Location").orElseThrow().endsWith("/learning/module?id=" + MODULE));
        assertTrue(browser.get("/learning/module?id=" + MODULE).body().contains("id=\"module-locked\""));
        fixture.readAll(learner, catalog.module(BASIS).orElseThrow().getCurrentVersion());
        assertEquals(200, browser.get(lesson).statusCode(), "open once the basis module is completed");
        assertTrue(prerequisites.missing(learner, version).isEmpty(), "the basis module had only a lesson");
    }

    @Test
    @DisplayName("progress R5: moving a class to a newer version keeps unchanged lessons and passes, and tells what is new")
    void versionMoveCarriesOverUnchangedContent() {
        ProgressFixture.Klas k = fixture.klas();
        ModuleAssignment assignment = assignments.assign(k.lecturer(), k.cohort().getId(), MODULE, fixture.today(), null, null);
        ModuleVersion first = fixture.module().getCurrentVersion();
        fixture.readAll(k.learner(), first);
        fixture.pass(k.learner(), "eindtoets");

        fixture.content().write(MODULE + "/lessons/02-tweede.md", "# Les twee, herschreven\n\nNieuwe tekst.\n");
        library.reload();
        ModuleVersion second = fixture.module().getCurrentVersion();
        assertFalse(second.equals(first));
        assertEquals(first, reading.versionFor(k.learner(), fixture.module()), "a started learner stays on their version");
        assertEquals(Map.of(first.getLabel(), 1L), versionMove.olderVersions(k.lecturer(), assignment.getId()));
        long unreadBefore = notifications.unread(k.learner());

        assertEquals(1, versionMove.moveToCurrent(k.lecturer(), assignment.getId()));
        assertEquals(second, reading.versionFor(k.learner(), fixture.module()));
        assertEquals(List.of("01-eerste"), reading.views(k.learner(), second).values().stream()
                .map(v -> v.getLesson().getLessonKey()).toList(), "only the unchanged lesson stays read");
        ProgressSummary summary = summaries.of(k.learner(), fixture.module()).orElseThrow();
        assertEquals(2, summary.getItemsDone(), "the unchanged lesson and the unchanged final test");
        assertEquals(second, summary.getModuleVersion());
        assertEquals(unreadBefore + 1, notifications.unread(k.learner()));
        assertTrue(notifications.latest(k.learner()).get(0).getArgument().contains("Les twee, herschreven"),
                "the learner is told what changed");
        assertEquals(0, versionMove.moveToCurrent(k.lecturer(), assignment.getId()), "nobody left to move");
    }

    @Test
    @DisplayName("progress R8: reminders go once, a few days before the due moment, to learners who have not completed")
    void remindersGoOnceBeforeTheDueDate() {
        ProgressFixture.Klas k = fixture.klas();
        Account ahead = testAccounts.student();
        cohorts.enrol(k.cohort(), ahead, MemberRole.LEARNER, null);
        ModuleAssignment soon = assignments.assign(k.lecturer(), k.cohort().getId(), MODULE, fixture.today().minusDays(7),
                fixture.today().plusDays(1), null);
        assignments.extend(k.lecturer(), soon.getId(), ahead.getId(), fixture.today().plusDays(20), null);
        long before = notifications.unread(k.learner());

        assertTrue(reminders.candidates().contains(soon.getId()));
        assertEquals(1, reminders.remind(soon.getId()), "the learner with the extension is not reminded yet");
        assertEquals(before + 1, notifications.unread(k.learner()));
        assertEquals("notify.deadlineSoon", notifications.latest(k.learner()).get(0).getMessageKey());
        assertEquals(0, reminders.remind(soon.getId()), "never twice for one due moment");
    }

    @Test
    @DisplayName("progress R8: a nudge reaches the chosen learners of the class only, and needs a choice")
    void nudgesReachChosenLearnersOnly() {
        ProgressFixture.Klas k = fixture.klas();
        Account stranger = testAccounts.student();
        long before = notifications.unread(k.learner());
        BusinessException none = assertThrows(BusinessException.class,
                () -> nudges.nudge(k.lecturer(), k.cohort().getId(), List.of(), "Kom op!"));
        assertEquals("nudge.noneSelected", none.messageKey());
        assertThrows(AccessDenied.class, () -> nudges.nudge(k.learner(), k.cohort().getId(),
                List.of(k.learner().getId()), "Zelf een duwtje"));

        assertEquals(1, nudges.nudge(k.lecturer(), k.cohort().getId(), List.of(k.learner().getId(), stranger.getId()),
                "Vergeet de eindtoets niet."));
        assertEquals(before + 1, notifications.unread(k.learner()));
        assertTrue(notifications.latest(k.learner()).get(0).getArgument().endsWith("Vergeet de eindtoets niet."));
        assertEquals(0, notifications.unread(stranger), "a learner of another class hears nothing");
    }
}
