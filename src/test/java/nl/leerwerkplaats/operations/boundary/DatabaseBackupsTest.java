package nl.leerwerkplaats.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DatabaseSettings;
import nl.leerwerkplaats.platform.PlatformSettings;

/** R2 and R3 of operations: the list of backups, and the refusal on PostgreSQL and for non-admins. */
class DatabaseBackupsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");

    @TempDir
    Path backupDir;

    private DatabaseBackups backups(String databaseUrl) {
        DatabaseBackups backups = new DatabaseBackups();
        backups.settings = new PlatformSettings() {
            @Override
            public DatabaseSettings database() {
                return DatabaseSettings.from(key -> key.equals("lwp.db.url") ? Optional.ofNullable(databaseUrl)
                        : Optional.empty());
            }

            @Override
            public Path backupDir() {
                return backupDir;
            }
        };
        return backups;
    }

    private static Account account(Role role) {
        return new Account("someone", "Some One", "some@example.org", Account.NO_PASSWORD, Set.of(role), NOW);
    }

    @Test
    @DisplayName("R3 On PostgreSQL a backup is refused with the pg_dump message; Derby offers it")
    void refusedOnPostgreSql() {
        DatabaseBackups postgresql = backups("jdbc:postgresql://127.0.0.1:5432/lwp");
        assertFalse(postgresql.available());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> postgresql.make(account(Role.ADMIN)));
        assertEquals("admin.backups.postgresql", refused.messageKey());
        assertTrue(backups(null).available());
    }

    @Test
    @DisplayName("R1 Only an admin makes a backup")
    void onlyAdmins() {
        assertThrows(AccessDenied.class, () -> backups(null).make(account(Role.LECTURER)));
    }

    @Test
    @DisplayName("R2 Backups are listed newest first with their moment from the name and their size in bytes")
    void listsBackupsNewestFirst() throws IOException {
        Files.createDirectories(backupDir.resolve("20261130-210000Z/derby/seg0"));
        Files.write(backupDir.resolve("20261130-210000Z/derby/seg0/c10.dat"), new byte[4096]);
        Files.createDirectories(backupDir.resolve("20261201-063015Z/derby"));
        Files.write(backupDir.resolve("20261201-063015Z/derby/service.properties"), new byte[100]);
        Files.writeString(backupDir.resolve("notes.txt"), "not a backup");

        List<DatabaseBackup> listed = backups(null).list();

        assertEquals(List.of("20261201-063015Z", "20261130-210000Z"),
                listed.stream().map(DatabaseBackup::name).toList());
        assertEquals(Instant.parse("2026-12-01T06:30:15Z"), listed.get(0).madeAt());
        assertEquals(100, listed.get(0).bytes());
        assertEquals(4096, listed.get(1).bytes());
    }
}
