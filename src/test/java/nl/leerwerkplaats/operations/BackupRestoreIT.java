package nl.leerwerkplaats.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.testsupport.DerbyFolder;
import nl.leerwerkplaats.testsupport.PackagedPlatform;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * R1-R5: an admin makes an online backup on /admin/backups while the platform runs; a learner changes their draft
 * afterwards; the platform is stopped and the backup restored as the README says (move data/derby aside, copy the
 * backup's derby folder in); after the start the draft is the one from before the backup.
 */
class BackupRestoreIT {

    private static final String WRITE = "/reflection/write?module=m1-herkomst-en-begrippen&assignment=eigen-normaal";

    @Test
    @DisplayName("A backup made on the admin page restores to the state it was made in; students may not make one")
    void backupRestoresThePreBackupState() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "backup-restore-");
        Path data = work.resolve("data");
        Path log = work.resolve("platform.log");
        long reflectionId;
        int beforeRevision;
        String backup;
        try (PackagedPlatform platform = PackagedPlatform.start(data, log)) {
            WebSession student = loggedIn(platform.base(), "demo-student");
            String write = student.get(WRITE).body();
            reflectionId = Long.parseLong(find(write, "data-reflection=\"(\\d+)\""));
            beforeRevision = saveDraft(student, reflectionId, Integer.parseInt(find(write, "data-revision=\"(\\d+)\"")),
                    "Geschreven voor de back-up.");
            assertEquals(403, student.get("/admin/backups").statusCode(), "only admins reach the backup page");

            WebSession admin = loggedIn(platform.base(), "demo-beheerder");
            String page = admin.get("/admin/backups").body();
            assertTrue(page.contains("id=\"no-backups\""), "no backups yet");
            HttpResponse<String> made = admin.submit(page, "backup", Map.of("backup:make", ""));
            assertEquals(302, made.statusCode(), made.body());
            String listed = admin.get("/admin/backups").body();
            backup = find(listed, "<td><code>(\\d{8}-\\d{6}Z)</code></td>");
            assertTrue(listed.contains("message-info"), "the confirmation survives the redirect");
            assertTrue(Files.isDirectory(data.resolve("backups").resolve(backup).resolve("derby")));

            saveDraft(student, reflectionId, beforeRevision, "Geschreven na de back-up.");
            platform.stop();
        }
        try (DerbyFolder derby = DerbyFolder.open(data);
             PreparedStatement audit = derby.connection().prepareStatement(
                     "select count(*) from audit_entry where action = 'database.backup' and subject = ?")) {
            audit.setString(1, "backup:" + backup);
            try (ResultSet count = audit.executeQuery()) {
                count.next();
                assertEquals(1, count.getInt(1), "the backup is in the audit log");
            }
        }

        // The restore as the README describes it: the current database aside, the backup's copy in its place.
        Files.move(data.resolve("derby"), work.resolve("derby-before-restore"));
        copyTree(data.resolve("backups").resolve(backup).resolve("derby"), data.resolve("derby"));
        try (PackagedPlatform restored = PackagedPlatform.start(data, log)) {
            String write = loggedIn(restored.base(), "demo-student").get(WRITE).body();
            assertEquals(String.valueOf(reflectionId), find(write, "data-reflection=\"(\\d+)\""));
            assertEquals(String.valueOf(beforeRevision), find(write, "data-revision=\"(\\d+)\""));
            assertTrue(write.contains("Geschreven voor de back-up."), "the draft from before the backup is back");
            assertFalse(write.contains("Geschreven na de back-up."), "the change after the backup is gone");
            restored.stop();
        }
    }

    /** Saves the same text in every section of the draft; returns the new revision. */
    private static int saveDraft(WebSession student, long reflectionId, int baseRevision, String text) {
        String write = student.get(WRITE).body();
        StringBuilder sections = new StringBuilder();
        Matcher section = Pattern.compile("data-section=\"([^\"]+)\"").matcher(write);
        while (section.find()) {
            sections.append(sections.isEmpty() ? "" : ",").append('"').append(section.group(1)).append("\":\"")
                    .append(text).append('"');
        }
        HttpResponse<String> saved = student.json("PUT", "/api/v1/reflections/" + reflectionId + "/draft",
                "{\"sections\":{" + sections + "},\"baseRevision\":" + baseRevision + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        return Integer.parseInt(find(saved.body(), "\"revision\":(\\d+)"));
    }

    private static WebSession loggedIn(String base, String user) {
        WebSession session = new WebSession(base);
        assertEquals(302, session.logIn(user, "demo").statusCode(), "login of " + user);
        return session;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in\n" + text);
        return matcher.group(1);
    }
}
