package nl.leerwerkplaats.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Registration, e-mail verification and password reset over HTTP, with the mails caught by a real SMTP
 * server (GreenMail on 127.0.0.1:3025, where arquillian.xml points the platform).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsWebIT extends ShippedWarClient {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    @Test
    @DisplayName("A professional registers, confirms the e-mail address from the mail, and logs in")
    void registerVerifyAndLogIn() throws Exception {
        String email = "priya-" + System.nanoTime() + "@example.org";
        WebSession visitor = new WebSession(base);
        HttpResponse<String> registered = visitor.submit(visitor.get("/register").body(), "register", Map.of(
                "register:name", "Priya Pinas", "register:email", email,
                "register:password", "mijn werk is mooi en soms zwaar", "register:skjNumber", "123456",
                "register:skjStart", "2024-03-01", "register:privacyRead", "on", "register:submit", ""));
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(registered.headers().firstValue("Location").orElseThrow().contains("/login?registered=true"));

        MimeMessage mail = awaitMail(email, "Bevestig je e-mailadres voor Leerwerkplaats");
        String link = linkIn(mail);
        assertTrue(link.contains("/account/verify?token="), link);
        assertTrue(new WebSession(base).get(path(link)).body().contains("Je e-mailadres is bevestigd"));
        assertTrue(new WebSession(base).get(path(link)).body().contains("ongeldig, al gebruikt of verlopen"), "single use");

        WebSession owner = new WebSession(base);
        assertEquals(302, owner.logIn(email, "mijn werk is mooi en soms zwaar").statusCode());

        HttpResponse<String> wrongCurrent = owner.submit(owner.get("/account/password").body(), "password-form", Map.of(
                "password-form:current", "niet mijn wachtwoord", "password-form:password", "een nieuwe lange zin voor priya",
                "password-form:save", ""));
        assertTrue(wrongCurrent.body().contains("Je huidige wachtwoord klopt niet."), wrongCurrent.body());
        HttpResponse<String> changed = owner.submit(owner.get("/account/password").body(), "password-form", Map.of(
                "password-form:current", "mijn werk is mooi en soms zwaar",
                "password-form:password", "een nieuwe lange zin voor priya", "password-form:save", ""));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(302, new WebSession(base).logIn(email, "een nieuwe lange zin voor priya").statusCode());

        String profile = owner.get("/account/profile").body();
        assertTrue(profile.contains("123456"), "the SKJ number from registration is on the profile");
        HttpResponse<String> saved = owner.submit(profile, "profile", Map.of("profile:name", "Priya Pinas-Jansen",
                "profile:email", email, "profile:skjNumber", "654321", "profile:skjStart", "2025-01-01", "profile:save", ""));
        assertEquals(302, saved.statusCode(), saved.body());
        String after = owner.get("/account/profile").body();
        assertTrue(after.contains("Priya Pinas-Jansen") && after.contains("654321") && after.contains("2025-01-01"), after);
    }

    @Test
    @DisplayName("The same person logging in on several devices at once: every login succeeds (the load benchmark found "
            + "a version conflict here)")
    void simultaneousLoginsOfOneAccount() throws Exception {
        ExecutorService devices = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> logins = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                logins.add(devices.submit(() -> new WebSession(base).logIn("demo-docent", "demo").statusCode()));
            }
            for (Future<Integer> login : logins) {
                assertEquals(302, login.get(), "a login that succeeds redirects to the page asked for");
            }
        } finally {
            devices.shutdownNow();
        }
        assertTrue(new WebSession(base).logIn("demo-docent", "niet het wachtwoord").body().contains("login:password"),
                "a wrong password still fails");
    }

    @Test
    @DisplayName("Notifications by mail: a registered professional's reflection gets feedback from the open group's "
            + "reviewer, and the professional receives it by e-mail with a link")
    void reflectionFeedbackArrivesByMail() throws Exception {
        String email = "fenna-" + System.nanoTime() + "@example.org";
        WebSession professional = new WebSession(base);
        professional.submit(professional.get("/register").body(), "register", Map.of("register:name", "Fenna Feedback",
                "register:email", email, "register:password", "reflecteren doe je samen beter", "register:privacyRead", "on", "register:submit", ""));
        assertEquals(302, professional.logIn(email, "reflecteren doe je samen beter").statusCode());
        String page = professional.get("/reflection/write?module=m1-herkomst-en-begrippen&assignment=eigen-normaal").body();
        Matcher id = Pattern.compile("data-reflection=\"(\\d+)\"").matcher(page);
        assertTrue(id.find(), "the writing page opens");
        String words = "woord ".repeat(70).strip();
        String api = "/api/v1/reflections/" + id.group(1);
        assertEquals(200, professional.json("PUT", api + "/draft", "{\"sections\":{\"technisch-instrumenteel\":\""
                + words + "\",\"normatief\":\"" + words + "\",\"persoonlijk\":\"" + words + "\"},\"baseRevision\":0}")
                .statusCode());
        assertEquals(200, professional.json("POST", api + "/submit", "{\"baseRevision\":1}").statusCode());

        WebSession reviewer = new WebSession(base);
        reviewer.logIn("demo-docent", "demo");
        String review = reviewer.get("/reflection/review?reflection=" + id.group(1)).body();
        Map<String, String> fields = new java.util.HashMap<>(Map.of("review-form:feedback", "Maak het concreter.",
                "review-form:decision", "NEEDS_REVISION", "review-form:save", ""));
        Matcher rubric = Pattern.compile("name=\"(review-form:[^\"]+)\"[^>]*value=\"1\"").matcher(review);
        while (rubric.find()) {
            if (!rubric.group(1).equals("review-form:decision")) {
                fields.put(rubric.group(1), "1");
            }
        }
        assertEquals(302, reviewer.submit(review, "review-form", fields).statusCode());

        MimeMessage mail = awaitMail(email, "Je reflectie moet worden herzien: Wat is voor jou normaal?");
        assertTrue(linkIn(mail).contains("/reflection/write?module=m1-herkomst-en-begrippen"), (String) mail.getContent());
        assertTrue(professional.get("/notifications").body().contains("Je reflectie moet worden herzien"),
                "the same notification in the app");
    }

    @Test
    @DisplayName("Registration refuses a common password with a message next to the field")
    void registrationRefusals() {
        WebSession visitor = new WebSession(base);
        HttpResponse<String> weak = visitor.submit(visitor.get("/register").body(), "register", Map.of(
                "register:name", "Zwak", "register:email", "zwak-" + System.nanoTime() + "@example.org",
                "register:password", "wachtwoord123", "register:privacyRead", "on", "register:submit", ""));
        assertEquals(200, weak.statusCode());
        assertTrue(weak.body().contains("zo vaak gebruikt dat aanvallers het als eerste proberen"), weak.body());
    }

    @Test
    @DisplayName("privacy R1: registering needs the privacy statement read (message next to the box); /privacy is public, in Dutch and English, linked from registration, join and the footer")
    void privacyStatementAtRegistration() {
        WebSession visitor = new WebSession(base);
        String form = visitor.get("/register").body();
        assertTrue(linksPrivacy(form, "register:privacy-link"), "the registration form links the statement");
        String email = "privacy-" + System.nanoTime() + "@example.org";
        HttpResponse<String> unticked = visitor.submit(form, "register", Map.of("register:name", "Pim Privacy",
                "register:email", email, "register:password", "ik lees eerst de kleine lettertjes", "register:submit", ""));
        assertEquals(200, unticked.statusCode(), "refused, not registered");
        String page = unticked.body();
        int box = page.indexOf("id=\"register:privacyRead\"");
        int message = page.indexOf("Lees de privacyverklaring en vink aan dat je die hebt gelezen.");
        assertTrue(box > 0 && message > box && message < page.indexOf("id=\"register:submit\""),
                "the message is next to the box, before the button");
        assertNotEquals(302, new WebSession(base).logIn(email, "ik lees eerst de kleine lettertjes").statusCode(),
                "no account was made");

        WebSession lecturer = new WebSession(base);
        lecturer.logIn("demo-docent", "demo");
        Matcher classLink = Pattern.compile("href=\"[^\"]*/classes/class\\?id=(\\d+)\"")
                .matcher(lecturer.get("/classes/index").body());
        assertTrue(classLink.find());
        Matcher code = Pattern.compile("id=\"join-code\">([A-Z0-9-]{9})<")
                .matcher(lecturer.get("/classes/class?id=" + classLink.group(1)).body());
        assertTrue(code.find());
        String join = new WebSession(base).get("/join?code=" + code.group(1)).body();
        assertTrue(join.contains("id=\"new-account:privacyRead\"") && linksPrivacy(join, "new-account:privacy-link"),
                "the join page asks for it too");

        WebSession anonymous = new WebSession(base);
        String login = anonymous.get("/login").body();
        assertTrue(linksPrivacy(login, "footer-privacy"), "the footer links the statement");
        HttpResponse<String> statement = anonymous.get("/privacy");
        assertEquals(200, statement.statusCode(), "public");
        for (String part : List.of("Privacyverklaring", "Welke gegevens", "Waarom", "Wie ziet wat", "Hoe lang",
                "Mijn gegevens downloaden", "anonimiseren")) {
            assertTrue(statement.body().contains(part), part);
        }
        HttpResponse<String> english = anonymous.submit(statement.body(), "session-form",
                Map.of("session-form:lang-en", "session-form:lang-en"));
        assertEquals(302, english.statusCode());
        String inEnglish = anonymous.get("/privacy").body();
        for (String part : List.of("Privacy statement", "Which data", "Who sees what", "For how long",
                "name removed on request")) {
            assertTrue(inEnglish.contains(part), part);
        }
    }

    /** Whether the page has a link with this id to the privacy statement. */
    private static boolean linksPrivacy(String html, String id) {
        Matcher tag = Pattern.compile("<a [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return tag.find() && Pattern.compile("href=\"[^\"]*/privacy(\\.xhtml)?\"").matcher(tag.group()).find();
    }

    @Test
    @DisplayName("Forgot password: a mailed one-time link sets a new password; the old one stops working")
    void forgotPassword() throws Exception {
        String email = "reset-" + System.nanoTime() + "@example.org";
        WebSession visitor = new WebSession(base);
        visitor.submit(visitor.get("/register").body(), "register", Map.of("register:name", "Rik Reset",
                "register:email", email, "register:password", "eerste wachtwoord van rik", "register:privacyRead", "on", "register:submit", ""));

        HttpResponse<String> asked = visitor.submit(visitor.get("/password/forgot").body(), "forgot",
                Map.of("forgot:email", email.toUpperCase(), "forgot:submit", ""));
        assertEquals(302, asked.statusCode());
        String link = linkIn(awaitMail(email, "Nieuw wachtwoord voor Leerwerkplaats"));
        WebSession owner = new WebSession(base);
        String form = owner.get(path(link)).body();
        HttpResponse<String> saved = owner.submit(form, "new-password",
                Map.of("new-password:password", "tweede wachtwoord van rik", "new-password:save", ""));
        assertEquals(302, saved.statusCode(), saved.body());

        assertEquals(302, new WebSession(base).logIn(email, "tweede wachtwoord van rik").statusCode());
        assertEquals(200, new WebSession(base).logIn(email, "eerste wachtwoord van rik").statusCode(), "old password refused");

        HttpResponse<String> unknown = visitor.submit(visitor.get("/password/forgot").body(), "forgot",
                Map.of("forgot:email", "nobody-" + System.nanoTime() + "@example.org", "forgot:submit", ""));
        assertEquals(302, unknown.statusCode(), "same answer for an unknown address");
    }

    @Test
    @DisplayName("Admin creates an account; the owner accepts the mailed invitation; the admin changes roles and deactivates")
    void adminCreatesAccountAndOwnerAcceptsInvitation() throws Exception {
        String email = "ilse-" + System.nanoTime() + "@example.org";
        WebSession admin = new WebSession(base);
        admin.logIn("admin", "it-admin-password");
        HttpResponse<String> created = admin.submit(admin.get("/admin/accounts").body(), "create", Map.of(
                "create:name", "Ilse Docent", "create:email", email, "create:roles", "LECTURER", "create:submit", ""));
        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains("/invitation?token="), "the link is shown for when mail does not arrive");

        String link = linkIn(awaitMail(email, "Je account bij Leerwerkplaats"));
        WebSession owner = new WebSession(base);
        HttpResponse<String> accepted = owner.submit(owner.get(path(link)).body(), "new-password",
                Map.of("new-password:password", "ilse geeft graag les", "new-password:save", ""));
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertEquals(302, new WebSession(base).logIn(email, "ilse geeft graag les").statusCode());

        Matcher id = Pattern.compile("/admin/account\\?id=(\\d+)\"").matcher(admin.get("/admin/accounts?query=" + email).body());
        assertTrue(id.find(), "the search finds the new account");
        String page = admin.get("/admin/account?id=" + id.group(1)).body();
        HttpResponse<String> saved = admin.submit(page, "account", Map.of("account:name", "Ilse Docent",
                "account:email", email, "account:roles", "PROFESSIONAL", "account:save", ""));
        assertTrue(saved.body().contains("Het account is opgeslagen"), saved.body());
        assertTrue(saved.body().contains("professional"));
        assertEquals(200, new WebSession(base).logIn(email, "ilse geeft graag les").statusCode(),
                "saved without the 'active' box: the account is deactivated and cannot log in");
    }

    @Test
    @DisplayName("cohort R1: a new student creates an account from the join link (after a refused password), "
            + "a logged-in student joins with one click, and the lecturer sees both")
    void joinLink() {
        WebSession lecturer = new WebSession(base);
        lecturer.logIn("demo-docent", "demo");
        Matcher classLink = Pattern.compile("href=\"[^\"]*/classes/class\\?id=(\\d+)\"")
                .matcher(lecturer.get("/classes/index").body());
        assertTrue(classLink.find());
        String classPage = "/classes/class?id=" + classLink.group(1);
        Matcher code = Pattern.compile("id=\"join-code\">([A-Z0-9-]{9})<").matcher(lecturer.get(classPage).body());
        assertTrue(code.find(), "the class page shows its join code");

        String email = "noor-" + System.nanoTime() + "@example.org";
        WebSession newcomer = new WebSession(base);
        String joinPage = newcomer.get("/join?code=" + code.group(1)).body();
        HttpResponse<String> refused = newcomer.submit(joinPage, "new-account", Map.of("new-account:name", "Noor Nieuw",
                "new-account:email", email, "new-account:password", "wachtwoord", "new-account:privacyRead", "on", "new-account:submit", ""));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("zo vaak gebruikt"), "the password message shows next to the field");
        HttpResponse<String> created = newcomer.submit(refused.body(), "new-account", Map.of("new-account:name", "Noor Nieuw",
                "new-account:email", email, "new-account:password", "noor leert over normaliseren", "new-account:privacyRead", "on", "new-account:submit", ""));
        assertEquals(302, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/login?registered=true"));
        assertEquals(302, new WebSession(base).logIn(email, "noor leert over normaliseren").statusCode());

        WebSession student = new WebSession(base);
        student.logIn("demo-professional", "demo");
        HttpResponse<String> joined = student.submit(student.get("/join?code=" + code.group(1)).body(), "join",
                Map.of("join:submit", ""));
        assertEquals(302, joined.statusCode(), joined.body());

        String members = lecturer.get(classPage).body();
        assertTrue(members.contains("Noor Nieuw"), "the new student is in the class");
        assertTrue(members.contains("Priya de Professional"), "the logged-in user who joined is in the class");
    }

    @Test
    @DisplayName("Access: public account pages are open; class pages only for the class's lecturers; admin pages only for admins")
    void accessToAccountAndClassPages() {
        WebSession anonymous = new WebSession(base);
        for (String page : new String[] {"/register", "/join?code=ABCD-EFGH", "/password/forgot", "/invitation?token=x"}) {
            assertEquals(200, anonymous.get(page).statusCode(), page);
        }
        assertEquals(302, anonymous.get("/classes/index").statusCode());

        WebSession lecturer = new WebSession(base);
        lecturer.logIn("demo-docent", "demo");
        String classes = lecturer.get("/classes/index").body();
        Matcher classLink = Pattern.compile("href=\"[^\"]*/classes/class\\?id=(\\d+)\"").matcher(classes);
        assertTrue(classLink.find(), "the demo lecturer teaches the demo class");
        String classPage = "/classes/class?id=" + classLink.group(1);
        assertTrue(lecturer.get(classPage).body().contains("Sanne de Student"));

        WebSession student = new WebSession(base);
        student.logIn("demo-student", "demo");
        assertEquals(404, student.get(classPage).statusCode(), "a learner sees no member list");
        String lecturerPage = lecturer.get(classPage).body();
        HttpResponse<String> forged = student.submit(student.get("/classes/index").body(), "join",
                Map.of("join:code", "ZZZZ-ZZZZ", "join:submit", ""));
        assertEquals(200, forged.statusCode(), "an unknown code is a message, not an error");
        assertTrue(forged.body().contains("Deze klascode kennen we niet"), forged.body());
        assertTrue(lecturerPage.contains("import-form"), "lecturers get the import form");
        assertEquals(403, student.get("/admin/accounts").statusCode());
        WebSession admin = new WebSession(base);
        admin.logIn("admin", "it-admin-password");
        assertTrue(admin.get("/admin/accounts?query=demo").body().contains("demo-student"));
    }

    /** Waits (on GreenMail's own signal, at most 15 s) for a mail to this address with this subject. */
    private static MimeMessage awaitMail(String email, String subject) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                            && subject.equals(message.getSubject())) {
                        return message;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            MAIL.waitForIncomingEmail(1_000, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail '" + subject + "' to " + email + " within 15 s");
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher matcher = LINK.matcher((String) mail.getContent());
        assertTrue(matcher.find(), "the mail holds a link");
        return matcher.group(1);
    }

    /** The link's path and query: the test follows it on loopback whatever host the mail names. */
    private static String path(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
