package nl.leerwerkplaats.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.boundary.Enrolment;
import nl.leerwerkplaats.cohort.boundary.RosterImport;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.AccountTokens;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.boundary.Credentials;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.identity.entity.TokenPurpose;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.notification.entity.Notification;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;

/**
 * Registration, classes, CSV import, one-time links and the access rules around them, inside Payara Micro
 * against the real database (in-memory Derby; PostgreSQL with -Ppostgresql).
 */
@ExtendWith(ArquillianExtension.class)
class ClassesPersistenceIT {

    private static final String BASE = "http://127.0.0.1:8080";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ClassesPersistenceIT.class);
    }

    @Inject
    Cohorts cohorts;

    @Inject
    RosterImport rosterImport;

    @Inject
    Enrolment enrolment;

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    Credentials credentials;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Notifications notifications;

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@example.org";
    }

    private Cohort newClass(Account lecturer) {
        return cohorts.create(lecturer, "SPH jaar 2 — groep " + System.nanoTime(), "2026-2027", CohortKind.CLASS);
    }

    @Test
    @DisplayName("R4: a professional registers with SKJ data and lands in the open enrolment group")
    void professionalRegistersIntoOpenEnrolment() {
        String email = unique("Priya");
        Account account = enrolment.registerProfessional("Priya Pinas", email, "een lange zin als wachtwoord",
                "123456789", java.time.LocalDate.of(2024, 3, 1), BASE);
        assertTrue(account.hasRole(Role.PROFESSIONAL));
        assertEquals(email.toLowerCase(), account.getUsername());
        assertEquals("123456789", accounts.find(account.getId()).orElseThrow().getSkjNumber());
        assertTrue(cohorts.membershipsOf(account, Set.of(MemberRole.LEARNER)).stream()
                .anyMatch(m -> m.getCohort().isOpenEnrolment()));
        assertTrue(accounts.authenticate(email, "een lange zin als wachtwoord".toCharArray()).isPresent());
    }

    @Test
    @DisplayName("Registration refuses a taken e-mail address and a common or short password, storing nothing")
    void registrationRefusals() {
        String email = unique("dup");
        enrolment.registerProfessional("Eerste", email, "een lange zin als wachtwoord", null, null, BASE);
        BusinessException taken = assertThrows(BusinessException.class, () ->
                enrolment.registerProfessional("Tweede", email.toUpperCase(), "nog een lange zin hier", null, null, BASE));
        assertEquals("account.emailTaken", taken.messageKey());
        String other = unique("weak");
        assertEquals("password.tooShort", assertThrows(BusinessException.class, () ->
                enrolment.registerProfessional("Zwak", other, "kort", null, null, BASE)).messageKey());
        assertEquals("password.common", assertThrows(BusinessException.class, () ->
                enrolment.registerProfessional("Zwak", other, "wachtwoord123", null, null, BASE)).messageKey());
        assertTrue(accounts.findByLogin(other).isEmpty(), "a refused registration leaves no account behind");
    }

    @Test
    @DisplayName("R1: a lecturer creates a class; a student joins with the code as typed; joining twice is harmless")
    void studentJoinsWithCode() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = newClass(lecturer);
        assertNotNull(cohort.getJoinCode());
        Account student = testAccounts.student();
        String typed = " " + cohort.getJoinCode().toLowerCase().replace("-", " ") + " ";

        assertEquals(cohort, cohorts.join(student, typed));
        cohorts.join(student, cohort.getJoinCode());

        List<CohortMember> members = cohorts.members(cohort);
        assertEquals(1, members.stream().filter(m -> m.getAccount().equals(student)).count());
        assertTrue(members.stream().anyMatch(m -> m.getAccount().equals(lecturer) && m.getMemberRole() == MemberRole.LECTURER));
        assertEquals("cohort.joinCodeUnknown",
                assertThrows(BusinessException.class, () -> cohorts.join(student, "ABCD-EFGH")).messageKey());
    }

    @Test
    @DisplayName("R1: a new student creates an account with a join code")
    void newStudentRegistersWithCode() {
        Cohort cohort = newClass(testAccounts.create(Role.LECTURER));
        String email = unique("sam");
        Account student = enrolment.registerStudent(cohort.getJoinCode(), "Sam Student", email, "mijn fiets is blauw en snel", BASE);
        assertTrue(student.hasRole(Role.STUDENT));
        assertTrue(cohorts.members(cohort).stream().anyMatch(m -> m.getAccount().equals(student)));
    }

    @Test
    @DisplayName("R2/R5: only the class's lecturers and admins manage it; students and other lecturers are refused")
    void accessRules() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account otherLecturer = testAccounts.create(Role.LECTURER);
        Account student = testAccounts.student();
        Account admin = testAccounts.create(Role.ADMIN);
        Cohort cohort = newClass(lecturer);
        cohorts.join(student, cohort.getJoinCode());

        assertThrows(AccessDenied.class, () -> cohorts.create(student, "Eigen klas", "2026-2027", CohortKind.CLASS));
        assertThrows(AccessDenied.class, () -> cohorts.visibleTo(cohort.getId(), student));
        assertThrows(AccessDenied.class, () -> cohorts.visibleTo(cohort.getId(), otherLecturer));
        assertThrows(AccessDenied.class, () -> rosterImport.importCsv(cohort.getId(), otherLecturer,
                "Jan,jan@example.org".getBytes(StandardCharsets.UTF_8), BASE));
        assertEquals(cohort, cohorts.manageableBy(cohort.getId(), admin));

        cohorts.addStaff(cohort.getId(), lecturer, otherLecturer.getEmail());
        assertEquals(cohort, cohorts.manageableBy(cohort.getId(), otherLecturer), "a co-lecturer manages the class");
        assertEquals("cohort.lecturerUnknown", assertThrows(BusinessException.class,
                () -> cohorts.addStaff(cohort.getId(), lecturer, student.getEmail())).messageKey());
    }

    @Test
    @DisplayName("R2: removing, archiving and rolling over; a class keeps at least one lecturer")
    void membershipRules() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account student = testAccounts.student();
        Cohort cohort = newClass(lecturer);
        cohorts.join(student, cohort.getJoinCode());
        CohortMember lecturerMember = member(cohort, lecturer);
        assertEquals("cohort.lastLecturer", assertThrows(BusinessException.class,
                () -> cohorts.removeMember(cohort.getId(), lecturer, lecturerMember.getId())).messageKey());

        cohorts.removeMember(cohort.getId(), lecturer, member(cohort, student).getId());
        assertTrue(cohorts.members(cohort).stream().noneMatch(m -> m.getAccount().equals(student)));
        cohorts.join(student, cohort.getJoinCode());
        assertTrue(cohorts.members(cohort).stream().anyMatch(m -> m.getAccount().equals(student)), "rejoining reinstates");

        Cohort next = cohorts.rollOver(cohort.getId(), lecturer, "SPH jaar 3 — groep A", "2027-2028", false);
        assertTrue(cohorts.visibleTo(cohort.getId(), lecturer).isArchived());
        assertNotEquals(cohort.getJoinCode(), next.getJoinCode());
        assertEquals(List.of(lecturer), cohorts.members(next).stream().map(CohortMember::getAccount).toList());
        assertEquals("cohort.joinCodeUnknown", assertThrows(BusinessException.class,
                () -> cohorts.join(testAccounts.student(), cohort.getJoinCode())).messageKey(), "archived classes take no joins");

        Cohort withStudents = cohorts.rollOver(next.getId(), lecturer, "SPH jaar 4", "2028-2029", true);
        assertEquals(1, cohorts.members(withStudents).size());
    }

    @Test
    @DisplayName("R3: a clean CSV creates invited students with links; an existing student is asked to join, not enrolled")
    void csvImportCreatesInvitedStudents() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = newClass(lecturer);
        Account existing = testAccounts.student();
        String a = unique("anna");
        String csv = "naam;e-mail;studentnummer\r\nAnna de Vries;" + a + ";20251234\r\n\"Berg, Bo van den\";"
                + existing.getEmail() + ";\r\n";

        RosterImport.Outcome outcome = rosterImport.importCsv(cohort.getId(), lecturer, csv.getBytes(StandardCharsets.UTF_8), BASE);

        assertTrue(outcome.imported(), outcome.errors().toString());
        assertEquals(List.of(RosterImport.RowStatus.CREATED, RosterImport.RowStatus.ASKED_TO_JOIN),
                outcome.rows().stream().map(RosterImport.ImportedRow::status).toList());
        assertTrue(cohorts.members(cohort).stream().noneMatch(m -> m.getAccount().equals(existing)),
                "a list never enrols someone who has an account: whoever teaches them reads all their work");
        assertNull(outcome.rows().get(1).invitationLink());
        Notification asked = notifications.latest(existing).get(0);
        assertEquals("notify.classInvitation", asked.getMessageKey());
        assertEquals("/join?code=" + cohort.getJoinCode(), asked.getLink(), "the student joins with the code, or not");
        String link = outcome.rows().get(0).invitationLink();
        assertTrue(link.startsWith(BASE + "/invitation?token="), link);
        Account anna = accounts.findByLogin(a).orElseThrow();
        assertFalse(anna.hasPassword());
        assertTrue(accounts.authenticate(a, "whatever".toCharArray()).isEmpty(), "no login before the invitation is used");
        assertEquals("20251234", member(cohort, anna).getStudentNumber());

        String token = link.substring(link.indexOf("token=") + "token=".length());
        credentials.acceptInvitation(token, "anna leert graag over normaliseren");
        assertTrue(accounts.authenticate(a, "anna leert graag over normaliseren".toCharArray()).isPresent());
        assertEquals("token.invalid", assertThrows(BusinessException.class,
                () -> credentials.acceptInvitation(token, "een tweede poging met lange zin")).messageKey(), "single use");

        RosterImport.Outcome again = rosterImport.importCsv(cohort.getId(), lecturer, csv.getBytes(StandardCharsets.UTF_8), BASE);
        assertEquals(List.of(RosterImport.RowStatus.ALREADY_MEMBER, RosterImport.RowStatus.ASKED_TO_JOIN),
                again.rows().stream().map(RosterImport.ImportedRow::status).toList());
        cohorts.join(existing, cohort.getJoinCode());
        RosterImport.Outcome joined = rosterImport.importCsv(cohort.getId(), lecturer, csv.getBytes(StandardCharsets.UTF_8), BASE);
        assertEquals(List.of(RosterImport.RowStatus.ALREADY_MEMBER, RosterImport.RowStatus.ALREADY_MEMBER),
                joined.rows().stream().map(RosterImport.ImportedRow::status).toList());
    }

    @Test
    @DisplayName("R3: any bad row, a duplicate e-mail, a lecturer's address or a wrong encoding imports nothing")
    void csvImportIsAllOrNothing() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account otherLecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = newClass(lecturer);
        String good = unique("goed");
        String csv = "Goed Persoon," + good + ",1\nZonder Mail,,2\nDubbel," + good + ",3\nDocent," + otherLecturer.getEmail() + ",4\n";

        RosterImport.Outcome outcome = rosterImport.importCsv(cohort.getId(), lecturer, csv.getBytes(StandardCharsets.UTF_8), BASE);

        assertFalse(outcome.imported());
        assertEquals(List.of(2, 3, 4), outcome.errors().stream().map(e -> e.line()).toList(), outcome.errors().toString());
        assertTrue(accounts.findByLogin(good).isEmpty(), "nothing imported: not even the good row");
        assertEquals(1, cohorts.members(cohort).size());

        byte[] latin1 = "Ren\u00e9 M\u00fcller;rene@example.org\n".getBytes(Charset.forName("windows-1252"));
        RosterImport.Outcome encoding = rosterImport.importCsv(cohort.getId(), lecturer, latin1, BASE);
        assertFalse(encoding.imported());
        assertEquals(1, encoding.errors().size());
        assertTrue(encoding.errors().get(0).message().contains("UTF-8"), encoding.errors().get(0).message());
    }

    @Test
    @DisplayName("R3: a class of 300 students imports in one go (the time is printed, not asserted)")
    void importsAClassOf300() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = newClass(lecturer);
        StringBuilder csv = new StringBuilder("naam;e-mail;studentnummer\n");
        long run = System.nanoTime();
        for (int i = 1; i <= 300; i++) {
            csv.append("Student ").append(i).append(";s").append(i).append('-').append(run).append("@example.org;")
                    .append(20260000 + i).append('\n');
        }
        long start = System.nanoTime();
        RosterImport.Outcome outcome = rosterImport.importCsv(cohort.getId(), lecturer,
                csv.toString().getBytes(StandardCharsets.UTF_8), BASE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCHMARK csv-import rows=300 millis=" + millis);
        assertTrue(outcome.imported(), outcome.errors().toString());
        assertEquals(300, outcome.rows().stream().filter(r -> r.status() == RosterImport.RowStatus.CREATED).count());
        assertEquals(301, cohorts.members(cohort).size());
    }

    @Test
    @DisplayName("One-time links: a new reset link replaces the old; a reset link is no invitation")
    void resetLinks() {
        Account student = testAccounts.student();
        String first = tokens.issue(student, TokenPurpose.PASSWORD_RESET);
        String second = tokens.issue(student, TokenPurpose.PASSWORD_RESET);
        assertTrue(tokens.peek(first, TokenPurpose.PASSWORD_RESET).isEmpty(), "the older link is revoked");
        assertTrue(tokens.peek(second, TokenPurpose.PASSWORD_RESET).isPresent(), "the newest link is valid");
        assertTrue(tokens.peek(second, TokenPurpose.INVITATION).isEmpty(), "purpose is checked");
        credentials.resetPassword(second, "nieuwe lange zin voor mij");
        assertTrue(accounts.authenticate(student.getUsername(), "nieuwe lange zin voor mij".toCharArray()).isPresent());
        assertTrue(accounts.authenticate(student.getUsername(), TestAccounts.PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    @DisplayName("R4: the open enrolment group exists from the start; only admins name its reviewers")
    void openEnrolmentReviewers() {
        Cohort open = cohorts.openEnrolment();
        assertTrue(open.isOpenEnrolment());
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account admin = testAccounts.create(Role.ADMIN);
        assertThrows(AccessDenied.class, () -> cohorts.addStaff(open.getId(), lecturer, lecturer.getEmail()));
        CohortMember reviewer = cohorts.addStaff(open.getId(), admin, lecturer.getEmail());
        assertEquals(MemberRole.REVIEWER, reviewer.getMemberRole());
        assertEquals(open, cohorts.visibleTo(open.getId(), lecturer), "reviewers see the group's members");
        assertThrows(AccessDenied.class, () -> cohorts.manageableBy(open.getId(), lecturer));
    }

    @Test
    @DisplayName("Admin: a student becomes a professional and keeps account and memberships")
    void studentBecomesProfessional() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = newClass(lecturer);
        Account student = testAccounts.student();
        cohorts.join(student, cohort.getJoinCode());
        accounts.updateByAdmin(student.getId(), student.getDisplayName(), student.getEmail(), Set.of(Role.PROFESSIONAL), true);
        Account moved = accounts.find(student.getId()).orElseThrow();
        assertEquals(Set.of(Role.PROFESSIONAL), moved.getRoles());
        assertTrue(cohorts.members(cohort).stream().anyMatch(m -> m.getAccount().equals(moved)));
        accounts.updateByAdmin(student.getId(), student.getDisplayName(), student.getEmail(), Set.of(Role.PROFESSIONAL), false);
        assertTrue(accounts.authenticate(student.getUsername(), TestAccounts.PASSWORD.toCharArray()).isEmpty(), "deactivated");
    }

    private CohortMember member(Cohort cohort, Account account) {
        return cohorts.members(cohort).stream().filter(m -> m.getAccount().equals(account)).findFirst().orElseThrow();
    }
}
