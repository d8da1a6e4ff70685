package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/** Login, access rules, headers and the public endpoints, over HTTP against the shipped WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT extends ShippedWarClient {

    private static final String LOGIN_FAILED = "Onbekende combinatie van gebruikersnaam en wachtwoord";

    @Test
    @DisplayName("identity R4: pages need login; the login page is public")
    void pagesNeedLogin() {
        WebSession anonymous = new WebSession(base);
        for (String path : List.of("/", "/index", "/learning/module?id=m1-herkomst-en-begrippen", "/admin/content")) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"), path);
        }
        assertEquals(200, anonymous.get("/login").statusCode());
    }

    @Test
    @DisplayName("Security headers and session cookie flags from the first response")
    void securityHeadersAndCookieFlags() {
        HttpResponse<String> login = new WebSession(base).get("/login");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", login.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElseThrow());
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")), policies.toString());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(login.body().contains("demo-banner"), "demo mode shows its banner on every page, the login page too");
    }

    @Test
    @DisplayName("Session cookie Secure behind a trusted HTTPS proxy (X-Forwarded-Proto), also after login")
    void secureSessionCookieBehindTrustedProxy() {
        WebSession proxied = new WebSession(base).header("X-Forwarded-Proto", "https");
        String first = WebSession.sessionCookie(proxied.get("/login")).orElseThrow();
        assertTrue(first.contains("; Secure"), first);
        HttpResponse<String> login = proxied.logIn("demo-student", "demo");
        assertEquals(302, login.statusCode(), login.body());
        String afterLogin = WebSession.sessionCookie(login).orElseThrow();
        assertTrue(afterLogin.contains("; Secure"), afterLogin);

        String direct = WebSession.sessionCookie(new WebSession(base).get("/login")).orElseThrow();
        assertFalse(direct.contains("Secure"), "plain HTTP without a proxy header: " + direct);
    }

    @Test
    @DisplayName("identity R2: a wrong password and an unknown account get the same Dutch message")
    void wrongCredentialsRevealNothing() {
        HttpResponse<String> wrongPassword = new WebSession(base).logIn("demo-student", "not-the-password");
        HttpResponse<String> unknownAccount = new WebSession(base).logIn("nobody-" + System.nanoTime(), "whatever");
        assertEquals(200, wrongPassword.statusCode());
        assertEquals(200, unknownAccount.statusCode());
        assertTrue(wrongPassword.body().contains(LOGIN_FAILED), wrongPassword.body());
        assertTrue(unknownAccount.body().contains(LOGIN_FAILED), unknownAccount.body());
        HttpResponse<String> empty = new WebSession(base).logIn("", "");
        assertTrue(empty.body().contains("Vul je gebruikersnaam of e-mailadres in."), "message next to the field");
    }

    @Test
    @DisplayName("identity R3: login changes the session id; logout ends the session")
    void loginChangesSessionIdAndLogoutEndsIt() {
        WebSession session = new WebSession(base);
        session.get("/login");
        String before = session.sessionId().orElseThrow();
        HttpResponse<String> login = session.logIn("demo-student", "demo");
        assertEquals(302, login.statusCode(), login.body());
        assertNotEquals(before, session.sessionId().orElseThrow());
        assertEquals(200, session.get("/").statusCode());

        String home = session.get("/").body();
        HttpResponse<String> logout = session.submit(home, "session-form", java.util.Map.of("session-form:logout", ""));
        assertEquals(302, logout.statusCode());
        assertEquals(302, session.get("/").statusCode(), "after logout pages need login again");
    }

    @Test
    @DisplayName("identity R4: a student opening an admin page gets 403; an admin gets the page")
    void adminPagesNeedAdminRole() {
        WebSession student = new WebSession(base);
        student.logIn("demo-student", "demo");
        HttpResponse<String> refused = student.get("/admin/content");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Geen toegang"), refused.body());
        assertFalse(refused.body().contains("Caused by") || refused.body().contains("at nl.leerwerkplaats"),
                "no stack trace in error pages");

        WebSession admin = new WebSession(base);
        assertEquals(302, admin.logIn("admin", "it-admin-password").statusCode());
        HttpResponse<String> page = admin.get("/admin/content");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("m1-herkomst-en-begrippen"));

        assertEquals(403, student.get("/admin/audit").statusCode(), "the audit log is for admins");
        assertEquals(403, loggedIn("demo-docent").get("/admin/audit").statusCode(), "not for lecturers either");
        String log = admin.get("/admin/audit").body();
        assertTrue(log.contains("Logboek van wijzigingen") && log.contains("class.created")
                && log.contains("Demo: SPH jaar 2 — groep A"), "the demo lecturer's class creation is listed: " + log);
    }

    @Test
    @DisplayName("catalog R6: GET /api/v1/modules lists the modules publicly as JSON")
    void publicModuleCatalog() {
        HttpResponse<String> response = new WebSession(base).get("/api/v1/modules");
        assertEquals(200, response.statusCode());
        JsonArray modules = Json.createReader(new StringReader(response.body())).readArray();
        JsonObject m1 = modules.stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("id").equals("m1-herkomst-en-begrippen")).findFirst().orElseThrow();
        assertEquals(12, m1.getString("version").length());
        assertEquals("Normaliseren: herkomst en begrippen", m1.getString("title"));
        assertFalse(m1.getString("summary").isBlank());
        assertTrue(m1.getInt("studyLoadMinutes") > 0);
        assertTrue(m1.getInt("lessonCount") >= 3);
    }

    @Test
    @DisplayName("Operations: /health reports database and content with the error count")
    void healthReportsDatabaseAndContent() {
        HttpResponse<String> response = new WebSession(base).get("/health");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        List<String> checks = health.getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name")).toList();
        assertTrue(checks.containsAll(List.of("database", "content")), checks.toString());
        JsonObject content = health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("content")).findFirst().orElseThrow();
        assertTrue(content.getJsonObject("data").containsKey("errors"));
    }

    @Test
    @DisplayName("catalog R4: module images are served to logged-in users; quiz files never")
    void moduleFilesServedSafely() {
        WebSession session = new WebSession(base);
        session.logIn("demo-student", "demo");
        String lesson = session.get("/learning/lesson?module=m1-herkomst-en-begrippen&lesson=01-waar-komt-normaliseren-vandaan").body();
        java.util.regex.Matcher image = java.util.regex.Pattern.compile("src=\"\\.\\./(modules/[^\"]+)\"").matcher(lesson);
        assertTrue(image.find(), "lesson 1 shows the module's image");
        HttpResponse<String> served = session.get("/" + image.group(1));
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElseThrow().startsWith("image/"));
        assertTrue(served.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));

        String version = image.group(1).split("/")[2];
        assertEquals(404, session.get("/modules/m1-herkomst-en-begrippen/" + version + "/module.yaml").statusCode());
        assertEquals(302, new WebSession(base).get("/" + image.group(1)).statusCode(), "not for anonymous visitors");
    }

    @Test
    @DisplayName("a form post without the page's ViewState (a forged cross-site form) changes nothing; with it, it does")
    void formPostsNeedTheViewState() {
        WebSession admin = new WebSession(base);
        assertEquals(302, admin.logIn("admin", "it-admin-password").statusCode());
        String page = admin.get("/admin/accounts").body();
        String email = "csrf-" + System.nanoTime() + "@example.org";
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("create", "create",
                "create:name", "Vervalst Formulier", "create:email", email, "create:roles", "STUDENT",
                "create:submit", ""));
        String action = "/admin/accounts";
        // Even with the page's CSP nonce, which PrimeFaces also checks on every postback, a post needs the ViewState.
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"").matcher(page);
        assertTrue(nonce.find());
        fields.put("primefaces.nonce", nonce.group(1));

        HttpResponse<String> without = admin.post(action, fields);
        fields.put("jakarta.faces.ViewState", "-4711:-4712");
        HttpResponse<String> forged = admin.post(action, fields);
        for (HttpResponse<String> refused : List.of(without, forged)) {
            assertFalse(refused.body().contains(email), "no account was made: " + refused.body());
            assertFalse(visible(refused.body()).contains("at com.sun.faces")
                    || visible(refused.body()).contains("ViewExpiredException"), "no stack trace or exception name");
        }
        assertEquals(302, forged.statusCode(), forged.body());
        String expired = admin.get(forged.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(expired.contains("Pagina verlopen"), "a forged ViewState gets the friendly expired page: " + expired);
        assertFalse(searchAccounts(admin, email).contains("Vervalst Formulier"), "no account was made");

        admin.submit(page, "create", java.util.Map.of("create:name", "Echt Formulier", "create:email", email,
                "create:roles", "STUDENT", "create:submit", ""));
        assertTrue(searchAccounts(admin, email).contains("Echt Formulier"), "the same post with the page's ViewState works");
    }

    private static String searchAccounts(WebSession admin, String text) {
        return admin.submit(admin.get("/admin/accounts").body(), "search",
                java.util.Map.of("search:query", text, "search:go", "")).body();
    }

    @Test
    @DisplayName("errors reveal nothing: friendly Dutch or English pages and JSON, no stack trace, SQL or server version")
    void errorsRevealNothing() {
        WebSession student = loggedIn("demo-student");
        java.util.Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("missing page", student.get("/no-such-page"));
        responses.put("missing attempt", student.get("/quiz/attempt?attempt=999999999"));
        responses.put("malformed id", student.get("/quiz/result?attempt=abc%27%20OR%201=1"));
        responses.put("malformed lesson", student.get("/learning/lesson?module=..%2F..%2Fetc&lesson=%00"));
        responses.put("malformed JSON", student.json("PUT", "/api/v1/attempts/1/slots/1", "{\"answer\": [unclosed"));
        responses.put("wrong id type", student.json("POST", "/api/v1/reflections/abc/submit", "{}"));
        responses.put("unknown API", student.get("/api/v1/no-such-thing"));
        responses.put("anonymous API", new WebSession(base).json("PUT", "/api/v1/attempts/1/slots/1", "{}"));
        for (java.util.Map.Entry<String, HttpResponse<String>> entry : responses.entrySet()) {
            HttpResponse<String> response = entry.getValue();
            String what = entry.getKey() + " (HTTP " + response.statusCode() + ")";
            assertTrue(response.statusCode() >= 400, what);
            assertTrue(response.headers().firstValue("Server").isEmpty(), what + ": Server header");
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), what + ": X-Powered-By header");
            for (String leak : List.of("Exception", "at nl.leerwerkplaats", "at com.sun", "at org.", "SQL", "Derby",
                    "Payara", "GlassFish", "Grizzly", "EclipseLink", "Jersey")) {
                assertFalse(visible(response.body()).contains(leak), what + " shows '" + leak + "': " + response.body());
            }
        }
        assertTrue(responses.get("missing page").body().contains("Pagina niet gevonden"));
        assertEquals(404, responses.get("malformed id").statusCode(), "an id that is no number names nothing");

        String home = student.get("/").body();
        student.submit(home, "session-form", java.util.Map.of("session-form:lang-en", "session-form:lang-en"));
        assertTrue(student.get("/no-such-page").body().contains("Page not found"), "English after switching");
    }

    /** A page without its scripts: PrimeFaces' settings name the exception mapped to the expired page, harmlessly. */
    private static String visible(String body) {
        return body.replaceAll("(?s)<script[^>]*>.*?</script>", "");
    }
}
