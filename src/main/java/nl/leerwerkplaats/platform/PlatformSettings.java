package nl.leerwerkplaats.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's settings, from environment variables through MicroProfile Config (see README). */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = "lwp.data.dir", defaultValue = DatabaseSettings.DEFAULT_DATA_DIR)
    String dataDir;

    @Inject
    @ConfigProperty(name = "lwp.content.dir", defaultValue = "./modules-content")
    String contentDir;

    @Inject
    @ConfigProperty(name = "lwp.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "lwp.time.zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    @Inject
    @ConfigProperty(name = "lwp.demo", defaultValue = "false")
    boolean demoRequested;

    @Inject
    @ConfigProperty(name = "lwp.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "lwp.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "lwp.backup.dir")
    Optional<String> backupDir;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** Where online database backups go: LWP_BACKUP_DIR, or backups/ in the data directory. */
    public Path backupDir() {
        return backupDir.filter(d -> !d.isBlank()).map(Path::of).orElseGet(() -> dataDir().resolve("backups"))
                .toAbsolutePath().normalize();
    }

    public Path contentDir() {
        return Path.of(contentDir).toAbsolutePath().normalize();
    }

    /** The public URL without trailing slash, when configured; otherwise links are built from the request. */
    public Optional<String> baseUrl() {
        return baseUrl.map(String::trim).filter(u -> !u.isEmpty()).map(u -> u.replaceAll("/+$", ""));
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean demoRequested() {
        return demoRequested;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public DatabaseSettings database() {
        return DatabaseSettings.from(DatabaseConfigSource::lookup);
    }
}
