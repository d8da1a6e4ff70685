package nl.leerwerkplaats.catalog.boundary;

import java.time.Clock;
import java.util.Collection;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.control.ModuleFile;
import nl.leerwerkplaats.catalog.control.ParsedModule;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleAsset;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/** Stores parsed modules as versions, each module in its own transaction so one failure spoils no other. */
@Stateless
public class ModuleImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return true when this content was not stored before and is now a new version */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean store(ParsedModule parsed) {
        CourseModule module = em.createNamedQuery(CourseModule.FIND_BY_KEY, CourseModule.class)
                .setParameter("key", parsed.id()).getResultStream().findFirst()
                .orElseGet(() -> {
                    CourseModule created = new CourseModule(parsed.id(), clock.instant());
                    em.persist(created);
                    return created;
                });
        ModuleVersion existing = em.createNamedQuery(ModuleVersion.FIND_BY_HASH, ModuleVersion.class)
                .setParameter("module", module).setParameter("hash", parsed.contentHash())
                .getResultStream().findFirst().orElse(null);
        if (existing != null) {
            // Same content as a stored version (unchanged, or reverted): that version becomes current again.
            module.makeCurrent(existing);
            return false;
        }
        ModuleVersion version = new ModuleVersion(module, parsed, clock.instant());
        em.persist(version);
        for (ModuleFile file : parsed.files()) {
            em.persist(new ModuleAsset(version, file));
        }
        module.makeCurrent(version);
        return true;
    }

    /** Modules whose folder is gone leave the catalog; their versions and learners' history stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retireAllBut(Collection<String> presentFolders) {
        em.createNamedQuery(CourseModule.FIND_ALL, CourseModule.class).getResultList().stream()
                .filter(module -> !presentFolders.contains(module.getModuleKey()))
                .forEach(CourseModule::retire);
    }
}
