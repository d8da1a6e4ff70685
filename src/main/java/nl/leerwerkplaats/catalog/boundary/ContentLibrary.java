package nl.leerwerkplaats.catalog.boundary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.leerwerkplaats.platform.ContentError;
import nl.leerwerkplaats.catalog.control.ContentFolderReader;
import nl.leerwerkplaats.catalog.control.ContentReport;
import nl.leerwerkplaats.catalog.control.ParsedModule;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Loads modules-content at start and on an admin's reload. A broken module is skipped and reported; the
 * valid ones load, so bad content never stops the platform.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    ModuleImporter importer;

    @Inject
    ContentStatus status;

    @PostConstruct
    void loadAtStart() {
        try {
            reload();
        } catch (RuntimeException e) {
            // Never stop the platform for content: the admin page and /health show what went wrong.
            LOG.log(Level.SEVERE, "Content could not be loaded", e);
        }
    }

    public synchronized ContentStatus.Snapshot reload() {
        Path folder = settings.contentDir();
        ContentReport report = new ContentFolderReader().read(folder, folder.toString());
        List<ContentError> errors = new ArrayList<>(report.errors());
        List<ContentStatus.LoadedModule> loaded = new ArrayList<>();
        List<String> skipped = new ArrayList<>(report.skippedModules());
        for (ParsedModule module : report.modules()) {
            try {
                boolean added = importer.store(module);
                loaded.add(new ContentStatus.LoadedModule(module.id(), module.version(), module.descriptor().title(),
                        module.lessons().size(), added));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Module " + module.id() + " could not be stored", e);
                errors.add(new ContentError(folder + "/" + module.id(), 1, "could not be stored: " + rootCause(e)));
                skipped.add(module.id());
            }
        }
        // A missing folder is a configuration mistake, not a reason to take every module off the catalog.
        if (java.nio.file.Files.isDirectory(folder)) {
            List<String> present = new ArrayList<>(skipped);
            loaded.forEach(m -> present.add(m.id()));
            importer.retireAllBut(present);
        }
        errors.forEach(error -> LOG.warning("Content error: " + error));
        ContentStatus.Snapshot snapshot = new ContentStatus.Snapshot(java.time.Instant.now(), folder,
                List.copyOf(loaded), List.copyOf(errors), List.copyOf(skipped));
        status.update(snapshot);
        LOG.info(() -> "Content folder " + folder + ": " + loaded.size() + " module(s) loaded "
                + loaded.stream().map(m -> m.id() + "@" + m.version() + (m.newVersion() ? " (new)" : "")).toList()
                + ", " + errors.size() + " error(s)" + (skipped.isEmpty() ? "" : ", skipped " + skipped));
        return snapshot;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
