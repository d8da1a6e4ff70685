package nl.leerwerkplaats.progress.view;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.progress.boundary.Prerequisites;

/**
 * Where a page of a module's lessons, quizzes or reflections lets a learner in: the module must exist (else 404)
 * and its prerequisites be completed (else back to the module page, which names them).
 */
@ApplicationScoped
public class ModuleGate {

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    Prerequisites prerequisites;

    /** The version the learner works in; empty when the response was already sent (404 or redirect). */
    public Optional<ModuleVersion> enter(Account learner, String moduleKey) {
        var module = catalog.withContent(moduleKey);
        if (module.isEmpty()) {
            FacesPages.notFound();
            return Optional.empty();
        }
        ModuleVersion version = reading.versionFor(learner, module.get());
        if (!prerequisites.missing(learner, version).isEmpty()) {
            FacesPages.redirect("/learning/module?id=" + module.get().getModuleKey());
            return Optional.empty();
        }
        return Optional.of(version);
    }
}
