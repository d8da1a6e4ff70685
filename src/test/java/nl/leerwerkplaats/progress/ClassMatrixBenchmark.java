package nl.leerwerkplaats.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.PasswordHashing;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.ClassProgress;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.testsupport.ContentFolder;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.TestAccounts;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * The class-matrix benchmark ({@code mvn verify -Pbenchmark-matrix}, not part of the normal build): seeds a
 * class of 300 learners with 10 assigned modules and a progress summary per cell, then prints how long building
 * the matrix takes in the server and how long the whole page takes over HTTP (target: under 300 ms).
 */
@ExtendWith(ArquillianExtension.class)
class ClassMatrixBenchmark {

    private static final int LEARNERS = 300;
    private static final int MODULES = 10;
    private static final int RUNS = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(ClassMatrixBenchmark.class);
    }

    @ArquillianResource
    URL deployed;

    @Inject ClassProgress classProgress;
    @Inject Cohorts cohorts;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject PlatformSettings settings;
    @Inject PasswordHashing hashing;
    @Inject TestAccounts testAccounts;
    @Inject Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void classMatrixOf300LearnersAnd10Modules() throws Exception {
        Account lecturer = testAccounts.create(Role.LECTURER);
        Cohort cohort = seed(lecturer);

        List<Long> build = measure(() -> classProgress.of(lecturer, cohort.getId()).rows().size());
        WebSession browser = new WebSession(Loopback.of(deployed));
        assertEquals(302, browser.logIn(lecturer.getUsername(), TestAccounts.PASSWORD).statusCode());
        String page = "/progress/class?id=" + cohort.getId();
        HttpResponse<String> first = browser.get(page);
        assertEquals(200, first.statusCode());
        assertEquals(LEARNERS * MODULES, first.body().split("<td class=\"cell ", -1).length - 1,
                "every cell is on the page");
        List<Long> render = measure(() -> browser.get(page).body().length());

        System.out.printf("BENCHMARK class-matrix learners=%d modules=%d cells=%d%n", LEARNERS, MODULES,
                LEARNERS * MODULES);
        System.out.printf("BENCHMARK class-matrix build (server, ms): median %.1f p95 %.1f max %.1f%n",
                percentile(build, 50), percentile(build, 95), percentile(build, 100));
        System.out.printf("BENCHMARK class-matrix page (HTTP, ms): median %.1f p95 %.1f max %.1f, %d kB%n",
                percentile(render, 50), percentile(render, 95), percentile(render, 100),
                first.body().length() / 1024);
    }

    private Cohort seed(Account lecturer) throws Exception {
        ContentFolder content = new ContentFolder(settings.contentDir());
        for (int m = 1; m <= MODULES; m++) {
            content.module(String.format("bench-m%02d", m), "01-een.md", "02-twee.md", "03-drie.md");
        }
        library.reload();
        Cohort cohort = cohorts.create(lecturer, "Benchmarkklas " + System.nanoTime(), null, CohortKind.CLASS);
        String hash = hashing.hash("benchmark-password".toCharArray());
        Instant now = clock.instant();
        Random random = new Random(42);
        transaction.begin();
        List<CourseModule> modules = new ArrayList<>();
        for (int m = 1; m <= MODULES; m++) {
            CourseModule module = catalog.module(String.format("bench-m%02d", m)).orElseThrow();
            modules.add(module);
            em.persist(new ModuleAssignment(em.find(Cohort.class, cohort.getId()), em.find(CourseModule.class,
                    module.getId()), now.minus(20, ChronoUnit.DAYS), now.plus(m, ChronoUnit.DAYS),
                    em.find(Account.class, lecturer.getId()), now));
        }
        transaction.commit();
        for (int i = 0; i < LEARNERS; i++) {
            transaction.begin();
            Account learner = new Account("bench-" + cohort.getId() + "-" + i, "Leerling " + i, null, hash,
                    Set.of(Role.STUDENT), now);
            em.persist(learner);
            transaction.commit();
            cohorts.enrol(cohort, learner, MemberRole.LEARNER, String.format("%06d", i));
            transaction.begin();
            Account managed = em.find(Account.class, learner.getId());
            for (CourseModule module : modules) {
                CourseModule managedModule = em.find(CourseModule.class, module.getId());
                ProgressSummary summary = new ProgressSummary(managed, managedModule,
                        managedModule.getCurrentVersion());
                int done = random.nextInt(8);
                summary.update(managedModule.getCurrentVersion(), now.minus(10, ChronoUnit.DAYS), done, 7,
                        done * 100 / 7, done == 7 ? 60 + random.nextInt(41) : null,
                        done == 7 ? now.minus(random.nextInt(10), ChronoUnit.DAYS) : null,
                        now.minus(random.nextInt(1000), ChronoUnit.MINUTES));
                em.persist(summary);
            }
            transaction.commit();
        }
        return cohort;
    }

    private static List<Long> measure(Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1_000_000.0;
    }
}
