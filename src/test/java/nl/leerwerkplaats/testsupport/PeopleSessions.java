package nl.leerwerkplaats.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One logged-in session per person of a test's cast, made on first use and kept for the test class: "anonymous"
 * stays logged out, "admin" is the first admin account of the IT deployment, everyone else logs in with the user
 * name the fixture gives them and {@link TestAccounts#PASSWORD}.
 */
public final class PeopleSessions {

    private final Map<String, WebSession> sessions = new LinkedHashMap<>();

    public synchronized WebSession of(String base, String who, Supplier<Map<String, String>> logins) {
        return sessions.computeIfAbsent(who, person -> {
            WebSession session = new WebSession(base);
            if (person.equals("anonymous")) {
                return session;
            }
            boolean admin = person.equals("admin");
            String username = admin ? "admin" : logins.get().get(person);
            int status = session.logIn(username, admin ? "it-admin-password" : TestAccounts.PASSWORD).statusCode();
            if (status != 302) {
                throw new AssertionError(person + " could not log in: HTTP " + status);
            }
            return session;
        });
    }
}
