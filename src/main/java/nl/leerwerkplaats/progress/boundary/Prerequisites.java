package nl.leerwerkplaats.progress.boundary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;

/**
 * Prerequisites from module.yaml: a learner opens a module once they completed the modules it names. Staff are
 * never locked out (they prepare and check content); a prerequisite that is not in the catalog does not lock.
 */
@Stateless
public class Prerequisites {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    /** The modules the learner still has to complete first, by their current version; empty: open. */
    public List<ModuleVersion> missing(Account account, ModuleVersion version) {
        Set<String> required = version.getPrerequisites();
        if (required.isEmpty() || account.hasRole(Role.LECTURER) || account.hasRole(Role.ADMIN)) {
            return List.of();
        }
        Set<String> completed = em.createQuery("select p.courseModule.moduleKey from ProgressSummary p "
                + "where p.account.id = :account and p.completedAt is not null", String.class)
                .setParameter("account", account.getId()).getResultStream().collect(Collectors.toSet());
        return required.stream().filter(key -> !completed.contains(key)).sorted()
                .flatMap(key -> catalog.module(key).stream()).map(CourseModule::getCurrentVersion)
                .filter(v -> v != null).toList();
    }
}
