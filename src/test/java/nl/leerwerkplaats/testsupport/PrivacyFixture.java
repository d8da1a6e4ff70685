package nl.leerwerkplaats.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.AccountTokens;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.identity.entity.TokenPurpose;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.CalendarFeeds;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;

/**
 * Privacy tests: a learner with data in every part (a class with a student number, a completed module with its
 * quiz attempt, record, xAPI statements and notifications, a reflection with two versions and feedback, a
 * calendar address and a one-time link), and the module {@value #MODULE} with one reflection assignment.
 */
@Dependent
public class PrivacyFixture {

    public static final String MODULE = "it-privacy";
    public static final String ASSIGNMENT = "casus";

    /** What a learner built here wrote and got, with a marker of their own so tests can tell learners apart. */
    public record Learner(Account account, Cohort cohort, Reflection reflection, String marker) {

        public String studentNumber() {
            return "S-" + marker;
        }

        public String firstText() {
            return "Eerste versie " + marker;
        }

        public String secondText() {
            return "Tweede versie " + marker;
        }

        public String feedback() {
            return "Feedback voor " + marker;
        }
    }

    @Inject CertificateFixture certificates;
    @Inject TestAccounts testAccounts;
    @Inject Cohorts cohorts;
    @Inject Reflections reflections;
    @Inject ReflectionReviews reviews;
    @Inject CalendarFeeds calendarFeeds;
    @Inject AccountTokens tokens;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject PlatformSettings settings;
    @Inject TestArchive archive;
    @Inject Clock clock;

    public void writeModules() {
        certificates.writeModules();
        ContentFolder content = new ContentFolder(settings.contentDir());
        content.module(MODULE, "01-les.md");
        content.write(MODULE + "/reflections/" + ASSIGNMENT + ".yaml", """
                title: "Een casus"
                approvalRequired: true
                sections:
                  - key: situatie
                    title: "Situatie"
                    question: "Wat gebeurde er?"
                """);
        content.write(MODULE + "/reflections/" + ASSIGNMENT + ".md", "# Een casus\n\nBeschrijf een casus.\n");
        library.reload();
    }

    public void removeModules() {
        new ContentFolder(settings.contentDir()).delete(MODULE);
        certificates.removeModules();
    }

    public java.time.LocalDate today() {
        return certificates.today();
    }

    /** A professional with an SKJ registration and data in every part, in a new class of its own lecturer. */
    public Learner learnerWithEverything(String marker) {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = cohorts.create(lecturer, "Privacyklas " + marker, null, CohortKind.CLASS);
        Account learner = certificates.professional();
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, "S-" + marker);
        certificates.complete(learner, CertificateFixture.ACCREDITED);
        Reflection reflection = reflections.open(learner, catalog.module(MODULE).orElseThrow(), ASSIGNMENT);
        Learner built = new Learner(learner, cohort, reflection, marker);
        reflections.saveDraft(learner, reflection.getId(), Map.of("situatie", built.firstText()), 0, false);
        reflections.submit(learner, reflection.getId(), 1);
        reviews.decide(lecturer, reflection.getId(), Decision.NEEDS_REVISION, built.feedback(), Map.of());
        reflections.saveDraft(learner, reflection.getId(), Map.of("situatie", built.secondText()), 1, false);
        reflections.submit(learner, reflection.getId(), 2);
        calendarFeeds.of(learner);
        tokens.issue(learner, TokenPurpose.PASSWORD_RESET);
        return new Learner(learner, cohort, reflections.own(learner, reflection.getId()), marker);
    }

    /** Archives the learner's class as if that happened {@code days} days ago. */
    public void archivedDaysAgo(Learner learner, int days) {
        Account lecturer = cohorts.members(learner.cohort()).stream()
                .filter(m -> m.getMemberRole() == MemberRole.LECTURER).findFirst().orElseThrow().getAccount();
        cohorts.archive(learner.cohort().getId(), lecturer);
        archive.moveArchiveDate(learner.cohort().getId(), clock.instant().minus(Duration.ofDays(days)));
    }
}
