/**
 * Operations: what an administrator needs to keep the platform's data safe while it runs.
 * <ul>
 * <li>R1 An admin makes an online backup of the embedded Derby database ("Back-up maken" on /admin/backups)
 * while learners keep working, into LWP_BACKUP_DIR (default LWP_DATA_DIR/backups), one folder per backup named
 * after its moment (UTC).</li>
 * <li>R2 The page lists the existing backups with their size and moment, newest first.</li>
 * <li>R3 On PostgreSQL the action is refused with a message pointing to pg_dump (README, Backup and restore).</li>
 * <li>R4 Every backup made is recorded in the audit log (action {@code database.backup}, subject the folder).</li>
 * <li>R5 A backup restores to exactly the state it was taken in (README describes the steps; BackupRestoreIT).</li>
 * </ul>
 */
package nl.leerwerkplaats.operations;
