package nl.leerwerkplaats.vignette.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.control.Judgement;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/**
 * The spread of a group's judgements per case: a learner's classes (for the learner), one class (for its
 * lecturers and reviewers, and admins), and every class (admins). Only counts leave this class; what a viewer may
 * see of them is {@link nl.leerwerkplaats.vignette.control.SpreadPrivacy}'s decision, made by the pages.
 */
@Stateless
public class ClassSpreads {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    VersionActivities activities;

    @Inject
    Cohorts cohorts;

    /** A group's answers to a module's cases: its name, and all answers of its current learners. */
    public record GroupAnswers(Cohort cohort, List<Judgement> judgements) {
    }

    /** One class's report: the module's current set and per case the spread before, after and the shift. */
    public record ClassReport(Cohort cohort, CourseModule module, ParsedVignettes set, List<CaseSpread> cases,
                              int learners) {

        public Optional<CaseSpread> spread(String vignette) {
            return cases.stream().filter(c -> c.vignette().equals(vignette)).findFirst();
        }
    }

    /** The report across classes: every learner's answers together, and per class (anonymous) its spreads. */
    public record CrossClassReport(CourseModule module, ParsedVignettes set, List<CaseSpread> overall,
                                   List<List<CaseSpread>> perClass) {
    }

    /** The classes the learner is a learner in, each with its learners' answers to the module's cases. */
    public List<GroupAnswers> classesOf(Account learner, CourseModule module) {
        List<GroupAnswers> groups = new ArrayList<>();
        for (CohortMember membership : cohorts.membershipsOf(learner, Set.of(MemberRole.LEARNER))) {
            groups.add(new GroupAnswers(membership.getCohort(), answersIn(membership.getCohort(), module)));
        }
        return groups;
    }

    /** A class's report, for its lecturers and reviewers and admins; others are refused as if it did not exist. */
    public ClassReport ofClass(Account viewer, Long cohortId, String moduleKey) {
        Cohort cohort = cohorts.visibleTo(cohortId, viewer);
        CourseModule module = withVignettes(moduleKey);
        ParsedVignettes set = activities.vignettes(module.getCurrentVersion()).orElseThrow();
        int learners = (int) cohorts.members(cohort).stream().filter(m -> m.getMemberRole() == MemberRole.LEARNER).count();
        return new ClassReport(cohort, module, set, spreads(set, answersIn(cohort, module)), learners);
    }

    /** The name of a class the viewer may see the spreads of (its lecturers and reviewers, and admins). */
    public String className(Account viewer, Long cohortId) {
        return cohorts.visibleTo(cohortId, viewer).getName();
    }

    /** Every class's spreads of a module, without names: admins only. */
    public CrossClassReport acrossClasses(Account viewer, String moduleKey) {
        if (!em.find(Account.class, viewer.getId()).hasRole(Role.ADMIN)) {
            throw new AccessDenied("vignettes across classes");
        }
        CourseModule module = withVignettes(moduleKey);
        ParsedVignettes set = activities.vignettes(module.getCurrentVersion()).orElseThrow();
        List<Judgement> all = em.createNamedQuery(VignetteRating.FIND_OF_MODULE, VignetteRating.class)
                .setParameter("module", module).getResultStream().map(Judgement::of).toList();
        Map<Long, List<Judgement>> byClass = new LinkedHashMap<>();
        List<Object[]> rows = em.createNamedQuery(VignetteRating.FIND_BY_COHORT, Object[].class)
                .setParameter("module", module).getResultList();
        rows.stream().sorted(Comparator.comparing(row -> (Long) row[0]))
                .forEach(row -> byClass.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(Judgement.of((VignetteRating) row[1])));
        List<List<CaseSpread>> perClass = byClass.values().stream().map(answers -> spreads(set, answers)).toList();
        return new CrossClassReport(module, set, spreads(set, all), perClass);
    }

    /** Modules whose current version has a vignette set, for the lecturer's and admin's choice. */
    public List<CourseModule> modulesWithVignettes() {
        return catalog.listed().stream()
                .filter(m -> m.getCurrentVersion() != null && activities.vignettes(m.getCurrentVersion()).isPresent())
                .toList();
    }

    private CourseModule withVignettes(String moduleKey) {
        return catalog.withContent(moduleKey)
                .filter(m -> activities.vignettes(m.getCurrentVersion()).isPresent())
                .orElseThrow(() -> new AccessDenied("vignettes of " + moduleKey));
    }

    private List<Judgement> answersIn(Cohort cohort, CourseModule module) {
        return em.createNamedQuery(VignetteRating.FIND_IN_COHORT, VignetteRating.class)
                .setParameter("cohort", cohort).setParameter("module", module)
                .getResultStream().map(Judgement::of).toList();
    }

    static List<CaseSpread> spreads(ParsedVignettes set, List<Judgement> judgements) {
        return set.vignettes().stream().map(v -> CaseSpread.of(v.key(), set.scale().size(),
                v.firstStep() == null ? 0 : v.firstStep().options().size(), judgements)).toList();
    }
}
