package nl.leerwerkplaats.catalog.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.StoredQuizzes;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/**
 * The quizzes of a module version. A version never changes, so each is read from the database once per
 * instance and kept: attempts look questions up on every save.
 */
@ApplicationScoped
public class VersionQuizzes {

    @Inject
    Catalog catalog;

    private final Map<Long, List<ParsedQuiz>> byVersion = new ConcurrentHashMap<>();

    public List<ParsedQuiz> of(ModuleVersion version) {
        return byVersion.computeIfAbsent(version.getId(),
                id -> StoredQuizzes.read(catalog.files(version), version.getModuleKey()));
    }

    public Optional<ParsedQuiz> find(ModuleVersion version, String quizKey) {
        return of(version).stream().filter(q -> q.id().equals(quizKey)).findFirst();
    }
}
