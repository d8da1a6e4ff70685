package nl.leerwerkplaats.testsupport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Reflection;

/**
 * Two classes for access tests: class A (a lecturer, the owner and a classmate) and class B (its own lecturer and
 * student, who submitted a reflection). The owner has a submitted reflection with a secret word in it, a draft
 * reflection, a submitted and a running attempt at module 1's final test, an essay to mark (in {@value #ESSAY_MODULE},
 * written for it; {@link #removeEssayModule()} takes it away), a completion record (of a module written for the
 * purpose and removed again), and module 1 is assigned to class A. Every
 * account has the password {@link TestAccounts#PASSWORD}; names are plain words, so a page shows them unescaped.
 */
@Dependent
public class AccessFixture {

    public static final String MODULE = "m1-herkomst-en-begrippen";
    public static final String REFLECTION = "eigen-normaal";
    public static final String DRAFT_MODULE = "m2-wat-is-ieders-normaal";
    /** A module written for the essay the owner hands in: module 1 has no essay question to mark. */
    public static final String ESSAY_MODULE = "it-access";

    @Inject Accounts accounts;
    @Inject Cohorts cohorts;
    @Inject Catalog catalog;
    @Inject Reading reading;
    @Inject Attempts attempts;
    @Inject Reflections reflections;
    @Inject Assignments assignments;
    @Inject Records records;
    @Inject PlatformSettings settings;
    @Inject TestAccounts testAccounts;
    @Inject CertificateFixture certificates;
    @Inject ContentLibrary library;

    /** What the access tests address: accounts (by user name), ids, and the owner's data to look for. */
    public record Built(Map<String, String> logins, Map<String, String> values) {
    }

    public Built build() {
        long unique = System.nanoTime() % 1_000_000_000L;
        Account lecturerA = named(Role.LECTURER, "Anna Docent" + unique);
        Account owner = named(Role.STUDENT, "Olga Eigenaar" + unique);
        Account classmate = named(Role.STUDENT, "Karel Klasgenoot" + unique);
        Account lecturerB = named(Role.LECTURER, "Bram Docent" + unique);
        Account studentB = named(Role.STUDENT, "Bo Student" + unique);
        Cohort classA = cohorts.create(lecturerA, "Klas A " + unique, null, CohortKind.CLASS);
        cohorts.enrol(classA, owner, MemberRole.LEARNER, "OWN" + unique);
        cohorts.enrol(classA, classmate, MemberRole.LEARNER, "KG" + unique);
        Cohort classB = cohorts.create(lecturerB, "Klas B " + unique, null, CohortKind.CLASS);
        cohorts.enrol(classB, studentB, MemberRole.LEARNER, "BS" + unique);
        LocalDate today = LocalDate.now(settings.timeZone());
        assignments.assign(lecturerA, classA.getId(), MODULE, today.minusDays(1), today.plusDays(10), null);

        CourseModule module = catalog.module(MODULE).orElseThrow();
        ModuleVersion version = reading.versionFor(owner, module);
        Lesson first = catalog.version(MODULE, version.getLabel()).orElseThrow().getLessons().get(0);
        reading.recordView(owner, first);

        String secret = "zegelwas" + unique;
        Reflection submitted = reflections.open(owner, module, REFLECTION);
        submitted = reflections.saveDraft(owner, submitted.getId(),
                texts(reflections.assignmentOf(submitted), secret), submitted.getDraftRevision(), false);
        reflections.submit(owner, submitted.getId(), submitted.getDraftRevision());
        Reflection ofStudentB = reflections.open(studentB, module, REFLECTION);
        ofStudentB = reflections.saveDraft(studentB, ofStudentB.getId(),
                texts(reflections.assignmentOf(ofStudentB), "klaar"), ofStudentB.getDraftRevision(), false);
        reflections.submit(studentB, ofStudentB.getId(), ofStudentB.getDraftRevision());
        Reflection draft = reflections.open(owner, catalog.module(DRAFT_MODULE).orElseThrow(),
                "welk-normaal-neem-jij-mee");
        ParsedReflection draftAssignment = reflections.assignmentOf(draft);

        QuizAttempt finished = attempts.start(owner, version, "eindtoets");
        attempts.submit(owner, finished.getId());
        QuizAttempt running = attempts.start(owner, version, "eindtoets");
        AttemptSlot slot = running.getSlots().stream().filter(s -> s.getSlot() == 1).findFirst().orElseThrow();
        String answer = RightResponses.of(attempts.quizOf(running).questions().get(slot.getQuestionIndex())).toString();

        String essayWord = "essaywoord" + unique;
        ContentFolder content = new ContentFolder(settings.contentDir());
        content.module(ESSAY_MODULE, "01-les.md");
        content.write(ESSAY_MODULE + "/quizzes/open.gift", "::open:: Beschrijf een situatie uit je stage. {}\n");
        library.reload();
        ModuleVersion essayVersion = reading.versionFor(owner, catalog.module(ESSAY_MODULE).orElseThrow());
        QuizAttempt essay = attempts.start(owner, essayVersion, "open");
        attempts.save(owner, essay.getId(), 1, Jsonp.object().add("text", essayWord).build(), 1_000);
        essay = attempts.submit(owner, essay.getId());

        certificates.writeModules();
        try {
            certificates.complete(owner, CertificateFixture.PLAIN);
        } finally {
            certificates.removeModules();
        }
        String code = records.of(owner).get(0).getCode();

        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("owner", owner.getUsername());
        logins.put("lecturer", lecturerA.getUsername());
        logins.put("classmate", classmate.getUsername());
        logins.put("student B", studentB.getUsername());
        logins.put("lecturer B", lecturerB.getUsername());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("module", MODULE);
        values.put("version", version.getLabel());
        values.put("owner", owner.getId().toString());
        values.put("ownerName", owner.getDisplayName());
        values.put("ownerEmail", owner.getEmail());
        values.put("actor", "\"name\":\"" + owner.getId() + "\"");
        values.put("classA", classA.getId().toString());
        values.put("classAName", classA.getName());
        values.put("classB", classB.getId().toString());
        values.put("secret", secret);
        values.put("reflection", submitted.getId().toString());
        values.put("reflectionB", ofStudentB.getId().toString());
        values.put("draft", draft.getId().toString());
        values.put("draftBody", draftBody(draftAssignment, draft.getDraftRevision()));
        values.put("submitBody", "{\"baseRevision\":" + (draft.getDraftRevision() + 1) + "}");
        values.put("finished", finished.getId().toString());
        values.put("running", running.getId().toString());
        values.put("answerBody", "{\"response\":" + answer + ",\"clientTime\":" + System.currentTimeMillis() + "}");
        values.put("code", code);
        values.put("essaySlot", essay.getSlots().get(0).getId().toString());
        values.put("essayWord", essayWord);
        values.put("today", today.toString());
        values.put("weekAgo", today.minusDays(7).toString());
        values.put("emptyBody", "{}");
        return new Built(logins, values);
    }

    public void removeEssayModule() {
        new ContentFolder(settings.contentDir()).delete(ESSAY_MODULE);
        library.reload();
    }

    public Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private Account named(Role role, String displayName) {
        Account account = testAccounts.create(role);
        return accounts.updateProfile(account.getId(), displayName, account.getEmail(), null, null);
    }

    /** Each section of the assignment within its word limits, with the secret word at the end. */
    public static Map<String, String> texts(ParsedReflection assignment, String secret) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ParsedReflection.Section section : assignment.sections()) {
            int words = section.minWords() == null ? 60 : section.minWords() + 5;
            if (section.maxWords() != null) {
                words = Math.min(words, section.maxWords() - 1);
            }
            texts.put(section.key(), "gezin ".repeat(words) + secret);
        }
        return texts;
    }

    /** A draft the owner may save whatever the stored revision ("force", as after a two-tab conflict). */
    private static String draftBody(ParsedReflection assignment, int revision) {
        JsonObjectBuilder sections = Jsonp.object();
        texts(assignment, "bewaard").forEach(sections::add);
        return Jsonp.object().add("sections", sections).add("baseRevision", revision)
                .add("force", true).build().toString();
    }
}
