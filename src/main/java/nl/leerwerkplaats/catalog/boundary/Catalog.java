package nl.leerwerkplaats.catalog.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.control.ModuleFile;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleAsset;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/** Read access to the stored modules, their versions, lessons and files. */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    /** Modules in the catalog now, by id. */
    public List<CourseModule> listed() {
        return em.createNamedQuery(CourseModule.FIND_LISTED, CourseModule.class).getResultList();
    }

    public Optional<CourseModule> module(String key) {
        return key == null ? Optional.empty() : em.createNamedQuery(CourseModule.FIND_BY_KEY, CourseModule.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** A module with a version to learn from: what a page with a module key shows, or 404 when empty. */
    public Optional<CourseModule> withContent(String key) {
        return module(key).filter(m -> m.getCurrentVersion() != null);
    }

    public List<ModuleVersion> versions(CourseModule module) {
        return em.createNamedQuery(ModuleVersion.FIND_BY_MODULE, ModuleVersion.class)
                .setParameter("module", module).getResultList();
    }

    public Optional<ModuleVersion> version(String key, String label) {
        return em.createNamedQuery(ModuleVersion.FIND_BY_LABEL, ModuleVersion.class)
                .setParameter("key", key).setParameter("label", label).getResultStream().findFirst();
    }

    public Optional<Lesson> lesson(ModuleVersion version, String lessonKey) {
        return lessonKey == null ? Optional.empty() : em.createNamedQuery(Lesson.FIND_BY_KEY, Lesson.class)
                .setParameter("version", version).setParameter("key", lessonKey).getResultStream().findFirst();
    }

    /** Every stored file of a version, module.yaml and quizzes included. */
    public List<ModuleFile> files(ModuleVersion version) {
        return em.createNamedQuery(ModuleAsset.FIND_IN_VERSION, ModuleAsset.class).setParameter("version", version)
                .getResultStream().map(ModuleAsset::toFile).toList();
    }

    public Optional<ModuleAsset> file(String key, String label, String path) {
        return em.createNamedQuery(ModuleAsset.FIND, ModuleAsset.class)
                .setParameter("key", key).setParameter("label", label).setParameter("path", path)
                .getResultStream().findFirst();
    }
}
