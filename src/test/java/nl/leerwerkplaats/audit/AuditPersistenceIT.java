package nl.leerwerkplaats.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;

/** The audit log of lecturers' and admins' changes, inside Payara Micro on the real database. */
@ExtendWith(ArquillianExtension.class)
class AuditPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(AuditPersistenceIT.class);
    }

    @Inject
    AuditLog auditLog;

    @Inject
    Cohorts cohorts;

    @Inject
    Assignments assignments;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Clock clock;

    private List<AuditEntry> of(Cohort cohort) {
        return auditLog.of(Cohorts.subject(cohort));
    }

    @Test
    @DisplayName("audit R1: a lecturer's class changes are logged with who, what, when; a refused change is not")
    void lecturerChangesLogged() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Instant before = clock.instant();
        Cohort cohort = cohorts.create(lecturer, "Audit-klas " + System.nanoTime(), "2026-2027", CohortKind.CLASS);
        assignments.assign(lecturer, cohort.getId(), "m1-herkomst-en-begrippen", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), null);
        cohorts.newJoinCode(cohort.getId(), lecturer);
        cohorts.archive(cohort.getId(), lecturer);

        Account stranger = testAccounts.create(Role.LECTURER);
        assertThrows(AccessDenied.class, () -> cohorts.newJoinCode(cohort.getId(), stranger));

        List<AuditEntry> entries = of(cohort);
        assertEquals(List.of("class.archived", "class.joinCodeChanged", "assignment.created", "class.created"),
                entries.stream().map(AuditEntry::getAction).toList(), "newest first, the refused change absent");
        for (AuditEntry entry : entries) {
            assertEquals(lecturer.getDisplayName(), entry.getActorName());
            assertEquals(lecturer, entry.getActor());
            assertTrue(!entry.getOccurredAt().isBefore(before.minusMillis(1)), "when: " + entry.getOccurredAt());
        }
        assertTrue(entries.get(2).getDetail().startsWith("m1-herkomst-en-begrippen, "), entries.get(2).getDetail());
        assertEquals(cohort.getName(), entries.get(3).getDetail());
    }

    @Test
    @DisplayName("audit R2: the admin's search by word in any column and by period")
    void searchByWordAndPeriod() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        String name = "Zoekbare klas " + System.nanoTime();
        Cohort cohort = cohorts.create(lecturer, name, "2026-2027", CohortKind.CLASS);
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofHours(1));

        assertEquals(List.of(Cohorts.subject(cohort)), auditLog.search(name.toUpperCase(), from, until, 10).stream()
                .map(AuditEntry::getSubject).toList(), "detail, any case");
        assertTrue(auditLog.search(lecturer.getDisplayName(), from, until, 10).stream()
                .allMatch(e -> e.getActorName().equals(lecturer.getDisplayName())), "actor");
        assertTrue(auditLog.search(Cohorts.subject(cohort), from, until, 10).stream()
                .anyMatch(e -> e.getAction().equals("class.created")), "subject");
        assertTrue(auditLog.search(name, now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(3)), 10).isEmpty(),
                "outside the period");
        assertTrue(auditLog.search("", from, until, 1).size() == 1, "the limit holds");
        assertTrue(Set.of("class.created").containsAll(
                auditLog.search(name, from, until, 10).stream().map(AuditEntry::getAction).toList()));
    }
}
