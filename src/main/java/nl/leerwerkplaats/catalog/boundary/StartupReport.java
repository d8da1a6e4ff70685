package nl.leerwerkplaats.catalog.boundary;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.leerwerkplaats.platform.DatabaseMigration;
import nl.leerwerkplaats.platform.DemoMode;
import nl.leerwerkplaats.platform.PlatformSettings;

/** One line at start that tells an operator what runs: database, content folder, modules, errors, demo. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ContentLibrary", "AccountBootstrap"})
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    DatabaseMigration database;

    @Inject
    ContentStatus content;

    @Inject
    DemoMode demoMode;

    @PostConstruct
    void report() {
        ContentStatus.Snapshot snapshot = content.snapshot();
        LOG.info(() -> String.format("Leerwerkplaats started: database %s (%s); data directory %s; content folder %s: "
                        + "%d module(s) %s, %d content error(s); time zone %s; demo mode %s",
                settings.database().describe(), database.databaseProduct(), settings.dataDir(), snapshot.folder(),
                snapshot.modules().size(), snapshot.modules().stream().map(m -> m.id() + "@" + m.version()).toList(),
                snapshot.errors().size(), settings.timeZone(), demoMode.decision()));
    }
}
