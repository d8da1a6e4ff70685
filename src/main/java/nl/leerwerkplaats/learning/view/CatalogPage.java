package nl.leerwerkplaats.learning.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.learning.boundary.Reading;

/** Backs index.xhtml: the modules on offer, each in the version this learner follows, with lessons read. */
@Named
@RequestScoped
public class CatalogPage {

    /** A module card: the version shown and how many of its lessons the learner read. */
    public record ModuleCard(ModuleVersion version, int lessonsRead) {
        // Faces 4 (Expression Language 5) reads bean getters, not record accessors.
        public ModuleVersion getVersion() {
            return version;
        }

        public int getLessonsRead() {
            return lessonsRead;
        }

        public int getLessonCount() {
            return version.getLessons().size();
        }

        public int getPercentRead() {
            return getLessonCount() == 0 ? 0 : Math.round(100f * lessonsRead / getLessonCount());
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    CurrentAccount currentAccount;

    private List<ModuleCard> modules;

    public List<ModuleCard> getModules() {
        if (modules == null) {
            var account = currentAccount.get();
            modules = catalog.listed().stream().map(module -> {
                ModuleVersion version = reading.versionFor(account, module);
                return new ModuleCard(version, reading.views(account, version).size());
            }).toList();
        }
        return modules;
    }
}
