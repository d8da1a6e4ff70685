package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/** Over-long and malformed form input gets a message next to its field and changes nothing, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormInputWebIT extends ShippedWarClient {

    /** The message shown right after the field's input and before the next field's. */
    private static void assertMessageAt(String page, String field, String nextField, String message) {
        int at = page.indexOf("id=\"" + field + "\"");
        int next = page.indexOf("id=\"" + nextField + "\"", at);
        assertTrue(at > 0 && next > at, field + " and " + nextField + " on the page");
        String between = page.substring(at, next);
        assertTrue(between.contains(message), "'" + message + "' next to " + field + ": " + between);
    }

    @Test
    @DisplayName("profile: 100,000-character name, malformed e-mail, SKJ number and date get field messages; nothing is saved")
    void malformedProfile() {
        WebSession professional = loggedIn("demo-professional");
        String page = professional.get("/account/profile").body();
        HttpResponse<String> saved = professional.submit(page, "profile", Map.of("profile:name", "x".repeat(100_000),
                "profile:email", "geen-adres", "profile:skjNumber", "12ab", "profile:skjStart", "2026-02-31",
                "profile:save", ""));
        assertEquals(200, saved.statusCode());
        String answer = saved.body();
        assertMessageAt(answer, "profile:name", "profile:email", "Gebruik hoogstens 200 tekens.");
        assertMessageAt(answer, "profile:email", "profile:skjNumber", "Vul een geldig e-mailadres in");
        assertMessageAt(answer, "profile:skjNumber", "profile:skjStart", "alleen uit cijfers");
        assertTrue(answer.contains("is geen datum. Schrijf de datum als"), "the date's own message in Dutch");
        assertFalse(answer.contains("x".repeat(1000) + "</"), "the long value is not echoed as text");

        String after = professional.get("/account/profile").body();
        assertTrue(after.contains("Priya de Professional"), "the stored name is unchanged");
        assertFalse(after.contains("geen-adres"));
    }

    @Test
    @DisplayName("class: an over-long name and a malformed academic year get field messages; no class is made")
    void malformedClass() {
        WebSession lecturer = loggedIn("demo-docent");
        String page = lecturer.get("/classes/index").body();
        String name = "Klas " + "n".repeat(5_000);
        HttpResponse<String> created = lecturer.submit(page, "create", Map.of("create:name", name,
                "create:year", "volgend jaar", "create:kind", "CLASS", "create:submit", ""));
        assertEquals(200, created.statusCode());
        assertMessageAt(created.body(), "create:name", "create:year", "Gebruik hoogstens 200 tekens.");
        assertMessageAt(created.body(), "create:year", "create:kind", "Schrijf het studiejaar als 2026-2027.");
        assertFalse(lecturer.get("/classes/index").body().contains("Klas nnnnnnnnnn"), "no class was made");
    }

    @Test
    @DisplayName("a form post announcing 3 MB gets 413 with a short page in Dutch at once, not a 500")
    void hugePost() throws java.io.IOException {
        // A raw request: the answer must come from the announced size alone, before the body is read.
        java.net.URI uri = java.net.URI.create(base);
        String session = loggedIn("demo-docent").sessionId().orElseThrow();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /classes/index HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000000\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\nConnection: close\r\n\r\ncreate%3Aname=ZZZZ";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // Read the answer while the server still waits for the rest of the body it will never get.
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            String answer = "";
            for (int n; !answer.contains("</html>") && (n = socket.getInputStream().read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
                answer = read.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("Te veel ingestuurd") && answer.contains("meer dan 2 MB"), answer);
        }
    }

    @Test
    @DisplayName("English: the same field messages in the user's language")
    void englishMessages() {
        WebSession student = loggedIn("demo-student-3");
        String home = student.get("/").body();
        student.submit(home, "session-form", Map.of("session-form:lang-en", "session-form:lang-en"));
        String page = student.get("/account/profile").body();
        String answer = student.submit(page, "profile", Map.of("profile:name", "y".repeat(300),
                "profile:email", "", "profile:skjNumber", "", "profile:skjStart", "tomorrow", "profile:save", ""))
                .body();
        assertMessageAt(answer, "profile:name", "profile:email", "Use at most 200 characters.");
        assertTrue(answer.contains("is not a date. Write the date as"), answer);
    }
}
