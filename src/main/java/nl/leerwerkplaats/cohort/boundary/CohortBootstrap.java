package nl.leerwerkplaats.cohort.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.AccountBootstrap;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.DemoMode;

/** The open enrolment group from the first start; in demo mode a demo class and the demo professional's group. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "AccountBootstrap"})
public class CohortBootstrap {

    public static final String DEMO_CLASS = "Demo: SPH jaar 2 — groep A";

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @Inject
    DemoMode demoMode;

    @PostConstruct
    void bootstrap() {
        Cohort open = cohorts.openEnrolment();
        if (!demoMode.isActive()) {
            return;
        }
        Account lecturer = accounts.findByUsername("demo-docent").orElseThrow();
        Cohort demoClass = em.createNamedQuery(Cohort.FIND_BY_KIND, Cohort.class).setParameter("kind", CohortKind.CLASS)
                .getResultStream().filter(c -> c.getName().equals(DEMO_CLASS)).findFirst()
                .orElseGet(() -> cohorts.create(lecturer, DEMO_CLASS, "2026-2027", CohortKind.CLASS));
        List<String> students = AccountBootstrap.DEMO_ACCOUNTS.stream()
                .filter(d -> d.role() == nl.leerwerkplaats.identity.entity.Role.STUDENT)
                .map(AccountBootstrap.DemoAccount::username).toList();
        for (int i = 0; i < students.size(); i++) {
            cohorts.enrol(demoClass, accounts.findByUsername(students.get(i)).orElseThrow(), MemberRole.LEARNER,
                    "DEMO" + (1001 + i));
        }
        cohorts.enrol(open, accounts.findByUsername("demo-professional").orElseThrow(), MemberRole.LEARNER, null);
        cohorts.enrol(open, lecturer, MemberRole.REVIEWER, null);
    }
}
