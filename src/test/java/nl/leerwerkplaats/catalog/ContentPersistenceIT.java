package nl.leerwerkplaats.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentHealthCheck;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.boundary.ContentStatus;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.AccountBootstrap;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.platform.DemoMode;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.testsupport.ContentFolder;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.TestAccounts;

/**
 * Content import, versions and reload, reading records and accounts, inside Payara Micro against the real
 * database: in-memory Derby by default, PostgreSQL with -Ppostgresql. Each test uses its own module folders
 * and removes them afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ContentPersistenceIT {

    private static final String SHIPPED = "m1-herkomst-en-begrippen";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ContentPersistenceIT.class);
    }

    @Inject
    ContentLibrary library;

    @Inject
    ContentStatus status;

    @Inject
    @Readiness
    ContentHealthCheck health;

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    Accounts accounts;

    @Inject
    TestAccounts testAccounts;

    @Inject
    PlatformSettings settings;

    @Inject
    DemoMode demoMode;

    private ContentFolder content() {
        return new ContentFolder(settings.contentDir());
    }

    @AfterEach
    void removeTestModules() {
        for (String id : List.of("it-versioning", "it-revert", "it-broken", "it-keeps", "it-gone", "it-views")) {
            content().delete(id);
        }
        library.reload();
    }

    @Test
    @DisplayName("R1: the shipped course content is loaded at start, rendered, with its images stored")
    void shippedModuleIsLoadedAtStart() {
        CourseModule module = catalog.module(SHIPPED).orElseThrow();
        ModuleVersion version = module.getCurrentVersion();
        assertTrue(version.getLessons().size() >= 3, "module 1 has at least three lessons");
        assertTrue(version.getLessons().get(0).getHtml().contains("<h2"), "lessons are stored rendered");
        assertTrue(catalog.listed().contains(module));
        assertTrue(status.snapshot().modules().stream().anyMatch(m -> m.id().equals(SHIPPED)));
        String image = version.getLessons().stream().map(Lesson::getHtml)
                .filter(html -> html.contains("<img")).findFirst().orElseThrow();
        String path = image.replaceAll("(?s).*src=\"\\.\\./modules/" + SHIPPED + "/" + version.getLabel() + "/([^\"]+)\".*", "$1");
        assertTrue(catalog.file(SHIPPED, version.getLabel(), path).orElseThrow().isServable());
    }

    @Test
    @DisplayName("R3 + learning R2: a content change adds a version; a learner stays on the version they started")
    void changedContentAddsVersionAndLearnerKeepsStartedVersion() {
        content().module("it-versioning", "01-a.md", "02-b.md");
        library.reload();
        ModuleVersion first = catalog.module("it-versioning").orElseThrow().getCurrentVersion();
        Account started = testAccounts.student();
        reading.recordView(started, catalog.lesson(first, "01-a").orElseThrow());

        content().write("it-versioning/lessons/02-b.md", "# Les b\n\nNieuwe tekst.\n");
        ContentStatus.Snapshot snapshot = library.reload();

        assertTrue(snapshot.modules().stream().anyMatch(m -> m.id().equals("it-versioning") && m.newVersion()));
        CourseModule module = catalog.module("it-versioning").orElseThrow();
        ModuleVersion second = module.getCurrentVersion();
        assertNotEquals(first, second);
        assertEquals(2, catalog.versions(module).size());
        assertEquals(first, reading.versionFor(started, module), "the learner keeps the version they started");
        assertEquals(second, reading.versionFor(testAccounts.student(), module), "new starts get the newest");
        assertEquals(1, reading.views(started, first).size(), "what was read on the old version is kept");
        assertEquals(lesson(first, "01-a").getContentHash(), lesson(second, "01-a").getContentHash());
        assertNotEquals(lesson(first, "02-b").getContentHash(), lesson(second, "02-b").getContentHash());
    }

    @Test
    @DisplayName("R3: unchanged content adds no version; reverted content makes the earlier version current again")
    void unchangedReloadAddsNoVersionAndRevertReusesVersion() {
        content().module("it-revert", "01-a.md");
        library.reload();
        library.reload();
        CourseModule module = catalog.module("it-revert").orElseThrow();
        ModuleVersion original = module.getCurrentVersion();
        assertEquals(1, catalog.versions(module).size());

        content().write("it-revert/lessons/01-a.md", "# Les a\n\nAndere tekst.\n");
        library.reload();
        content().write("it-revert/lessons/01-a.md", "# Les 01-a.md\n\nTekst van de les.\n");
        library.reload();

        module = catalog.module("it-revert").orElseThrow();
        assertEquals(2, catalog.versions(module).size());
        assertEquals(original, module.getCurrentVersion());
    }

    @Test
    @DisplayName("R2: a broken module is skipped and reported with path:line; the valid modules still load")
    void brokenModuleIsSkippedAndReported() {
        content().write("it-broken/module.yaml", "id: it-broken\ntitle: Kapot\nsummry: typfout\n");
        ContentStatus.Snapshot snapshot = library.reload();

        assertTrue(snapshot.errors().stream().anyMatch(e -> e.toString().contains("it-broken/module.yaml:3: unknown field 'summry'")),
                () -> "errors were " + snapshot.errors());
        assertTrue(snapshot.skipped().contains("it-broken"));
        assertTrue(catalog.module("it-broken").isEmpty());
        assertTrue(catalog.module(SHIPPED).isPresent());
        HealthCheckResponse response = health.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(((Number) response.getData().orElseThrow().get("errors")).longValue() >= 1);
    }

    @Test
    @DisplayName("R2: a module that breaks keeps serving its last good version")
    void moduleThatBreaksKeepsLastGoodVersion() {
        content().module("it-keeps", "01-a.md");
        library.reload();
        ModuleVersion good = catalog.module("it-keeps").orElseThrow().getCurrentVersion();

        content().write("it-keeps/lessons/01-a.md", "Geen titel.\n");
        ContentStatus.Snapshot snapshot = library.reload();

        assertTrue(snapshot.errors().stream().anyMatch(e -> e.file().endsWith("it-keeps/lessons/01-a.md")));
        CourseModule module = catalog.module("it-keeps").orElseThrow();
        assertEquals(good, module.getCurrentVersion());
        assertTrue(catalog.listed().contains(module));
    }

    @Test
    @DisplayName("R1: a module whose folder is removed leaves the catalog; its versions are kept")
    void removedModuleIsRetiredButKept() {
        content().module("it-gone", "01-a.md");
        library.reload();
        content().delete("it-gone");
        library.reload();

        CourseModule module = catalog.module("it-gone").orElseThrow();
        assertTrue(module.isRetired());
        assertFalse(catalog.listed().contains(module));
        assertEquals(1, catalog.versions(module).size());
    }

    @Test
    @DisplayName("learning R3: opening a lesson records first and last view, stored in UTC")
    void lessonViewsRecordFirstAndLastView() {
        content().module("it-views", "01-a.md");
        library.reload();
        Lesson lesson = catalog.lesson(catalog.module("it-views").orElseThrow().getCurrentVersion(), "01-a").orElseThrow();
        Account learner = testAccounts.student();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        reading.recordView(learner, lesson);
        reading.recordView(learner, lesson);

        LessonView view = reading.views(learner, lesson.getModuleVersion()).get(lesson.getId());
        Instant after = Instant.now().plusMillis(1);
        assertEquals(2, view.getViewCount());
        assertFalse(view.getFirstViewedAt().isBefore(before), "first view " + view.getFirstViewedAt() + " >= " + before);
        assertFalse(view.getLastViewedAt().isAfter(after), "last view " + view.getLastViewedAt() + " <= " + after);
        assertFalse(view.getLastViewedAt().isBefore(view.getFirstViewedAt()));
    }

    @Test
    @DisplayName("identity R1/R5: the first admin has the configured password; logins are case-insensitive")
    void firstAdminAndLogin() {
        assertTrue(accounts.authenticate("admin", "it-admin-password".toCharArray()).isPresent());
        assertTrue(accounts.authenticate("ADMIN", "it-admin-password".toCharArray()).isPresent());
        assertTrue(accounts.authenticate("admin", "wrong".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("nobody-here", "wrong".toCharArray()).isEmpty());
        Account student = testAccounts.student();
        assertTrue(accounts.authenticate(student.getEmail().toUpperCase(), TestAccounts.PASSWORD.toCharArray()).isPresent());
        assertTrue(student.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"), student.getPasswordHash());
    }

    @Test
    @DisplayName("identity R6: demo accounts exist and log in only in demo mode, never on PostgreSQL")
    void demoAccountsFollowDemoMode() {
        boolean requested = Boolean.getBoolean("lwp.demo");
        boolean postgres = settings.database().isPostgreSql();
        assertEquals(requested && !postgres, demoMode.isActive());
        for (AccountBootstrap.DemoAccount demo : AccountBootstrap.DEMO_ACCOUNTS) {
            boolean canLogIn = accounts.authenticate(demo.username(), AccountBootstrap.DEMO_PASSWORD.toCharArray()).isPresent();
            assertEquals(demoMode.isActive(), canLogIn, demo.username());
            if (demoMode.isActive()) {
                assertTrue(accounts.findByUsername(demo.username()).orElseThrow().hasRole(demo.role()));
            }
        }
    }

    private Lesson lesson(ModuleVersion version, String key) {
        return catalog.lesson(version, key).orElseThrow();
    }
}
