package nl.leerwerkplaats.testsupport;

import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * What progress tests share: two modules, {@value #BASIS} (one lesson) and {@value #MODULE}, which needs the basis
 * module first and has two lessons, a final test, a practice quiz and a reflection that needs approval; a class
 * with a lecturer and a learner; reading every lesson and passing a quiz.
 */
@Dependent
public class ProgressFixture {

    public static final String MODULE = "it-progress";
    public static final String BASIS = "it-progress-basis";

    @Inject Reading reading;
    @Inject Attempts attempts;
    @Inject Cohorts cohorts;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject PlatformSettings settings;
    @Inject TestAccounts testAccounts;

    public record Klas(Cohort cohort, Account lecturer, Account learner) {
    }

    public ContentFolder content() {
        return new ContentFolder(settings.contentDir());
    }

    public void removeModules() {
        content().delete(MODULE);
        content().delete(BASIS);
        library.reload();
    }

    public CourseModule module() {
        return catalog.module(MODULE).orElseThrow();
    }

    public Klas klas() {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Account learner = testAccounts.student();
        Cohort cohort = cohorts.create(lecturer, "Voortgangsklas " + System.nanoTime(), null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, "S" + System.nanoTime() % 100000);
        return new Klas(cohort, lecturer, learner);
    }

    public LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    public void readAll(Account learner, ModuleVersion version) {
        for (Lesson lesson : version.getLessons()) {
            reading.recordView(learner, lesson);
        }
    }

    /** Starts an attempt on the quiz of the learner's version, answers its one true/false question right. */
    public QuizAttempt pass(Account learner, String quiz) {
        ModuleVersion version = reading.versionFor(learner, module());
        QuizAttempt attempt = attempts.start(learner, version, quiz);
        attempts.save(learner, attempt.getId(), 1, Json.createObjectBuilder().add("value", true).build(), 1_000);
        return attempts.submit(learner, attempt.getId());
    }

    public void writeModules() {
        ContentFolder content = content();
        content.module(BASIS, "01-basis.md");
        content.module(MODULE, "01-eerste.md", "02-tweede.md");
        content.write(MODULE + "/module.yaml", """
                id: it-progress
                title: "Testmodule voortgang"
                summary: Een module om voortgang te testen.
                audience:
                  - hbo-student
                studyLoadMinutes: 60
                objectives:
                  - Je legt uit wat getest wordt.
                prerequisites:
                  - it-progress-basis
                lessons:
                  - 01-eerste.md
                  - 02-tweede.md
                quizzes:
                  eindtoets:
                    finalTest: true
                    passMark: 50
                """);
        content.write(MODULE + "/quizzes/eindtoets.gift", "::waar:: Normaliseren is een transformatiedoel. {T}\n");
        content.write(MODULE + "/quizzes/oefen.gift", "::oefen:: Oefenen telt niet mee. {T}\n");
        content.write(MODULE + "/reflections/eigen.yaml", """
                title: "Eigen normaal"
                approvalRequired: true
                sections:
                  - key: tekst
                    title: "Tekst"
                    question: "Wat is normaal?"
                    minWords: 20
                """);
        content.write(MODULE + "/reflections/eigen.md", "# Eigen normaal\n\nSchrijf.\n");
        library.reload();
    }
}
