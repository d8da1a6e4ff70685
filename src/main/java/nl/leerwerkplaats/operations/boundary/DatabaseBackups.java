package nl.leerwerkplaats.operations.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataSourceDefinitionHolder;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Online backups of the embedded Derby database with SYSCS_UTIL.SYSCS_BACKUP_DATABASE: Derby copies the
 * database while it keeps serving, and the copy is consistent as of the moment the backup started.
 */
@Stateless
public class DatabaseBackups {

    public static final String AUDIT_ACTION = "database.backup";

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'");

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PlatformSettings settings;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Whether this platform can make backups itself (embedded Derby); on PostgreSQL pg_dump does it. */
    public boolean available() {
        return !settings.database().isPostgreSql();
    }

    public Path folder() {
        return settings.backupDir();
    }

    /** The backups in the backup folder, newest first. */
    public List<DatabaseBackup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(DatabaseBackups::describe)
                    .sorted(Comparator.comparing(DatabaseBackup::madeAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a backup now. Outside a transaction: Derby refuses to back up from a connection with work in
     * progress; the audit entry then gets a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DatabaseBackup make(Account admin) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDenied("database backup");
        }
        if (!available()) {
            throw new BusinessException("admin.backups.postgresql", null);
        }
        Instant now = clock.instant();
        Path target = freeFolder(now);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException | IOException e) {
            LOG.severe("Database backup into " + target + " failed: " + e);
            throw new BusinessException("admin.backups.failed", null, e.getMessage());
        }
        DatabaseBackup made = describe(target);
        auditLog.record(admin, AUDIT_ACTION, "backup:" + made.name(), made.bytes() + " bytes");
        LOG.info(() -> "Database backup " + target + ": " + made.bytes() + " bytes in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return made;
    }

    private Path freeFolder(Instant now) {
        String name = NAME.format(now.atOffset(ZoneOffset.UTC));
        Path target = folder().resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = folder().resolve(name + "-" + i);
        }
        return target;
    }

    static DatabaseBackup describe(Path folder) {
        String name = folder.getFileName().toString();
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(DatabaseBackups::size).sum();
            return new DatabaseBackup(name, madeAt(folder), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The moment in the folder's name; a folder copied in by hand falls back to its modification time. */
    private static Instant madeAt(Path folder) {
        String name = folder.getFileName().toString();
        try {
            return LocalDateTime.parse(name.substring(0, Math.min(name.length(), 16)), NAME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Files.getLastModifiedTime(folder).toInstant();
            } catch (IOException unreadable) {
                return Instant.EPOCH;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
