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
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * What certificate tests share: {@value #ACCREDITED} (SKJ, 4 points, a window around today, 90 minutes),
 * {@value #EXPIRED} (accredited until 2021) and {@value #PLAIN} (not accredited); each has one lesson and a final
 * test with one true/false question. A professional with an SKJ registration, and completing a module.
 */
@Dependent
public class CertificateFixture {

    public static final String ACCREDITED = "it-cert";
    public static final String EXPIRED = "it-cert-expired";
    public static final String PLAIN = "it-cert-plain";
    public static final String SKJ_NUMBER = "100012345";

    @Inject Reading reading;
    @Inject Attempts attempts;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject PlatformSettings settings;
    @Inject TestAccounts testAccounts;
    @Inject Accounts accounts;

    public LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    public void writeModules() {
        LocalDate today = today();
        write(ACCREDITED, "Normaliseren in de wijk", 90, accredited("A-IT-1", 4, today.minusDays(60), today.plusDays(60)));
        write(EXPIRED, "Oude accreditatie", 60, accredited("A-IT-2", 3, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
        write(PLAIN, "Zonder punten", 45, "accreditation:\n  register: SKJ\n  status: niet geaccrediteerd\n");
        library.reload();
    }

    /** Changes the accredited module's title, load and points: a new version for learners who start now. */
    public void updateAccreditedModule(String title) {
        LocalDate today = today();
        write(ACCREDITED, title, 120, accredited("A-IT-1", 6, today.minusDays(60), today.plusDays(60)));
        library.reload();
    }

    public void removeModules() {
        ContentFolder content = new ContentFolder(settings.contentDir());
        content.delete(ACCREDITED);
        content.delete(EXPIRED);
        content.delete(PLAIN);
        library.reload();
    }

    /** A professional with an SKJ number whose registration period started two years ago. */
    public Account professional() {
        Account professional = testAccounts.create(Role.PROFESSIONAL);
        return accounts.updateProfile(professional.getId(), "Łukasz Eliëns", professional.getEmail(), SKJ_NUMBER,
                today().minusYears(2));
    }

    public CourseModule module(String key) {
        return catalog.module(key).orElseThrow();
    }

    /** Reads every lesson of the learner's version and passes its final test: the module is then completed. */
    public QuizAttempt complete(Account learner, String key) {
        ModuleVersion version = reading.versionFor(learner, module(key));
        for (Lesson lesson : catalog.version(key, version.getLabel()).orElseThrow().getLessons()) {
            reading.recordView(learner, lesson);
        }
        version = reading.versionFor(learner, module(key));
        QuizAttempt attempt = attempts.start(learner, version, "eindtoets");
        attempts.save(learner, attempt.getId(), 1, Json.createObjectBuilder().add("value", true).build(), 1_000);
        return attempts.submit(learner, attempt.getId());
    }

    private static String accredited(String activityId, int points, LocalDate from, LocalDate until) {
        return "accreditation:\n  register: SKJ\n  status: geaccrediteerd\n  activityId: \"" + activityId + "\"\n"
                + "  points: " + points + "\n  validFrom: " + from + "\n  validUntil: " + until + "\n";
    }

    private void write(String key, String title, int minutes, String accreditation) {
        ContentFolder content = new ContentFolder(settings.contentDir());
        content.write(key + "/lessons/01-les.md", "# " + title + "\n\nTekst van de les over " + title + ".\n");
        content.write(key + "/module.yaml", "id: " + key + "\ntitle: \"" + title + "\"\n"
                + "summary: Een module om certificaten te testen.\n"
                + "audience:\n  - professional\n"
                + "studyLoadMinutes: " + minutes + "\n"
                + "objectives:\n  - Je legt uit wat getest wordt.\n"
                + "lessons:\n  - 01-les.md\n"
                + accreditation
                + "quizzes:\n  eindtoets:\n    finalTest: true\n    passMark: 50\n");
        content.write(key + "/quizzes/eindtoets.gift", "::waar:: Normaliseren is een transformatiedoel. {T}\n");
    }
}
