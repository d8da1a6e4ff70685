package nl.leerwerkplaats.operations.boundary;

import java.time.Instant;

/** One backup folder: its name (the moment it was made, UTC), that moment and its size on disk. */
public record DatabaseBackup(String name, Instant madeAt, long bytes) {

    /** The size in megabytes, for display. */
    public double megabytes() {
        return bytes / (1024.0 * 1024.0);
    }
}
