package nl.leerwerkplaats.catalog.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.catalog.control.StoredActivities;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/**
 * The quizzes and reflection assignments of a module version. A version never changes, so its files are read
 * from the database once per instance and kept: every autosave and review looks its question or section up.
 */
@ApplicationScoped
public class VersionActivities {

    @Inject
    Catalog catalog;

    private final Map<Long, StoredActivities.Activities> byVersion = new ConcurrentHashMap<>();

    private StoredActivities.Activities of(ModuleVersion version) {
        return byVersion.computeIfAbsent(version.getId(),
                id -> StoredActivities.read(catalog.files(version), version.getModuleKey()));
    }

    public List<ParsedQuiz> quizzes(ModuleVersion version) {
        return of(version).quizzes();
    }

    public Optional<ParsedQuiz> quiz(ModuleVersion version, String quizKey) {
        return quizzes(version).stream().filter(q -> q.id().equals(quizKey)).findFirst();
    }

    public List<ParsedReflection> reflections(ModuleVersion version) {
        return of(version).reflections();
    }

    /** The version's vignette set; empty when the module has none. */
    public Optional<ParsedVignettes> vignettes(ModuleVersion version) {
        return of(version).vignettes();
    }

    public Optional<ParsedReflection> reflection(ModuleVersion version, String reflectionId) {
        return reflections(version).stream().filter(r -> r.id().equals(reflectionId)).findFirst();
    }
}
