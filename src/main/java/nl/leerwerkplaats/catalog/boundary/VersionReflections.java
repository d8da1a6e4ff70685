package nl.leerwerkplaats.catalog.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.control.StoredReflections;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/**
 * The reflection assignments of a module version. A version never changes, so each is read from the database
 * once per instance and kept: submissions and reviews look sections and rubric up on every page.
 */
@ApplicationScoped
public class VersionReflections {

    @Inject
    Catalog catalog;

    private final Map<Long, List<ParsedReflection>> byVersion = new ConcurrentHashMap<>();

    public List<ParsedReflection> of(ModuleVersion version) {
        return byVersion.computeIfAbsent(version.getId(),
                id -> StoredReflections.read(catalog.files(version), version.getModuleKey()));
    }

    public Optional<ParsedReflection> find(ModuleVersion version, String reflectionId) {
        return of(version).stream().filter(r -> r.id().equals(reflectionId)).findFirst();
    }
}
