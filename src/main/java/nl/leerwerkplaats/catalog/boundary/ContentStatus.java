package nl.leerwerkplaats.catalog.boundary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.leerwerkplaats.platform.ContentError;

/** The outcome of the last content load on this instance: for the admin page, /health and the start-up log. */
@ApplicationScoped
public class ContentStatus {

    /** A module as loaded: its id, the version now current and whether this load added that version. */
    public record LoadedModule(String id, String version, String title, int lessons, boolean newVersion) {
    }

    public record Snapshot(Instant loadedAt, Path folder, List<LoadedModule> modules, List<ContentError> errors,
                           List<String> skipped) {
    }

    private volatile Snapshot snapshot = new Snapshot(null, null, List.of(), List.of(), List.of());

    void update(Snapshot latest) {
        snapshot = latest;
    }

    public Snapshot snapshot() {
        return snapshot;
    }
}
