package nl.leerwerkplaats.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.CalendarFeeds;
import nl.leerwerkplaats.progress.boundary.ClassProgress;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.control.CellStatus;
import nl.leerwerkplaats.progress.control.DueDates;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.ProgressFixture;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.xapi.boundary.Statements;
import nl.leerwerkplaats.xapi.entity.StoredStatement;

/**
 * Assignments, completion and learning records inside Payara Micro against the real
 * database (in-memory Derby; PostgreSQL with -Ppostgresql).
 */
@ExtendWith(ArquillianExtension.class)
class ProgressPersistenceIT {

    private static final String MODULE = ProgressFixture.MODULE;
    private static final String BASIS = ProgressFixture.BASIS;
    private static final String WORDS = "woord ".repeat(25).strip();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ProgressPersistenceIT.class);
    }

    @Inject Assignments assignments;
    @Inject ClassProgress classProgress;
    @Inject ProgressSummaries summaries;
    @Inject CalendarFeeds feeds;
    @Inject Statements statements;
    @Inject Reflections reflections;
    @Inject ReflectionReviews reviews;
    @Inject Notifications notifications;
    @Inject Catalog catalog;
    @Inject PlatformSettings settings;
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
    @DisplayName("progress R1 R2: assigning: due 23:59 local by default, refused dates and strangers, extensions and the iCal feed")
    void assignmentsDeadlinesAndExtensions() {
        ProgressFixture.Klas k = fixture.klas();
        ZoneId zone = settings.timeZone();
        LocalDate due = fixture.today().plusDays(14);
        assertThrows(BusinessException.class, () -> assignments.assign(k.lecturer(), k.cohort().getId(), MODULE,
                fixture.today(), fixture.today().minusDays(1), null), "due before open");
        assertThrows(AccessDenied.class, () -> assignments.assign(k.learner(), k.cohort().getId(), MODULE, fixture.today(),
                due, null), "a learner assigns nothing");
        ModuleAssignment assignment = assignments.assign(k.lecturer(), k.cohort().getId(), MODULE, fixture.today(), due, null);
        assertEquals(DueDates.at(due, LocalTime.of(23, 59), zone), assignment.getDueAt());
        BusinessException twice = assertThrows(BusinessException.class, () -> assignments.assign(k.lecturer(),
                k.cohort().getId(), MODULE, fixture.today(), due, null));
        assertEquals("assignment.alreadyAssigned", twice.messageKey());
        assertTrue(notifications.unread(k.learner()) >= 1, "the class hears of the new module");

        Assignments.Deadline own = assignments.deadlinesOf(k.learner()).get(0);
        assertFalse(own.extended());
        assignments.extend(k.lecturer(), assignment.getId(), k.learner().getId(), due.plusDays(7), null);
        own = assignments.deadlinesOf(k.learner()).get(0);
        assertTrue(own.extended());
        assertEquals(DueDates.endOfDay(due.plusDays(7), zone), own.dueAt());
        assertThrows(AccessDenied.class, () -> assignments.extend(k.lecturer(), assignment.getId(),
                testAccounts.student().getId(), due, null), "only learners of the class get an extension");

        String token = feeds.of(k.learner()).getToken();
        String ics = feeds.calendar(token, "http://127.0.0.1").orElseThrow();
        assertTrue(ics.contains("SUMMARY:Testmodule voortgang"), ics);
        assertTrue(ics.contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(own.dueAt())), "the extended moment, in UTC: " + ics);
        String renewed = feeds.renew(k.learner()).getToken();
        assertTrue(feeds.calendar(token, "http://127.0.0.1").isEmpty(), "the old address stops working");
        assertTrue(feeds.calendar(renewed, "http://127.0.0.1").isPresent());
    }

    @Test
    @DisplayName("progress R3, xapi R1 R2: a module completes at the moment the last rule is met: lessons, final test, approved reflection")
    void completionIsRecordedWhenEveryRuleIsMet() {
        ProgressFixture.Klas k = fixture.klas();
        assignments.assign(k.lecturer(), k.cohort().getId(), MODULE, fixture.today(), fixture.today().plusDays(7), null);
        CourseModule module = fixture.module();
        fixture.readAll(k.learner(), module.getCurrentVersion());
        ProgressSummary afterReading = summaries.of(k.learner(), module).orElseThrow();
        assertEquals(2, afterReading.getItemsDone());
        assertEquals(4, afterReading.getItemsTotal(), "two lessons, the final test (not the practice quiz), one reflection");
        assertEquals(50, afterReading.getPercent());

        fixture.pass(k.learner(), "oefen");
        assertEquals(2, summaries.of(k.learner(), module).orElseThrow().getItemsDone(), "practice does not count");
        fixture.pass(k.learner(), "eindtoets");
        ProgressSummary afterTest = summaries.of(k.learner(), module).orElseThrow();
        assertEquals(3, afterTest.getItemsDone());
        assertEquals(100, afterTest.getFinalScore());
        assertNull(afterTest.getCompletedAt());

        Long reflection = reflections.open(k.learner(), module, "eigen").getId();
        reflections.saveDraft(k.learner(), reflection, Map.of("tekst", WORDS), 0, false);
        reflections.submit(k.learner(), reflection, 1);
        assertNull(summaries.of(k.learner(), module).orElseThrow().getCompletedAt(), "approval is required");
        reviews.decide(k.lecturer(), reflection, Decision.APPROVED, "Goed.", Map.of());

        ProgressSummary done = summaries.of(k.learner(), module).orElseThrow();
        assertNotNull(done.getCompletedAt());
        assertEquals(100, done.getPercent());
        ClassProgress.Cell cell = classProgress.of(k.lecturer(), k.cohort().getId()).rows().get(0).cells().get(0);
        assertEquals(CellStatus.COMPLETED, cell.status());
        assertEquals(done.getCompletedAt(), cell.completedAt());

        List<StoredStatement> completed = statements.find(k.lecturer(), new Statements.Filter(k.cohort().getId(),
                null, "http://adlnet.gov/expapi/verbs/completed", null, null, null, 10));
        assertEquals(1, completed.size());
        assertTrue(completed.get(0).getBody().contains("\"duration\":\"PT"), completed.get(0).getBody());
        List<StoredStatement> all = statements.find(k.lecturer(), new Statements.Filter(k.cohort().getId(),
                k.learner().getId(), null, null, null, null, 100));
        for (String verb : List.of("experienced", "attempted", "answered", "passed", "completed")) {
            assertTrue(all.stream().anyMatch(s -> s.getVerb().endsWith("/" + verb)), verb + " is recorded");
        }
        assertTrue(all.stream().anyMatch(s -> s.getVerb().equals("http://activitystrea.ms/schema/1.0/submit")));
        List<StoredStatement> firstPage = statements.find(k.lecturer(), new Statements.Filter(k.cohort().getId(),
                null, null, null, null, null, 3));
        assertEquals(4, firstPage.size(), "one more than the page, so the caller knows there is more");
        List<StoredStatement> next = statements.find(k.lecturer(), new Statements.Filter(k.cohort().getId(), null,
                null, null, null, firstPage.get(2).getId(), 3));
        assertEquals(firstPage.get(3).getId(), next.get(0).getId(), "the next page starts right after the last");
        assertThrows(AccessDenied.class, () -> statements.find(testAccounts.create(Role.LECTURER),
                new Statements.Filter(k.cohort().getId(), null, null, null, null, null, 10)));
        assertThrows(AccessDenied.class, () -> statements.find(k.learner(),
                new Statements.Filter(null, null, null, null, null, null, 10)));
    }
}
