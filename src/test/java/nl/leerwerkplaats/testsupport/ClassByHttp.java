package nl.leerwerkplaats.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A class made the way a lecturer makes one, over HTTP through the pages: created, its join code read, students in. */
public final class ClassByHttp {

    private ClassByHttp() {
    }

    /** Creates a class through the "my classes" form; returns the class page's path ("/classes/class?id=.."). */
    public static String create(WebSession lecturer, String name) {
        HttpResponse<String> created = lecturer.submit(lecturer.get("/classes/index").body(), "create",
                Map.of("create:name", name, "create:year", "", "create:kind", "CLASS", "create:submit", ""));
        assertEquals(302, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/classes/class"));
    }

    /** The class id in a class page's path. */
    public static String id(String classPage) {
        return classPage.substring(classPage.indexOf("id=") + 3).replaceAll("\\D.*$", "");
    }

    public static String joinCode(String classPage) {
        Matcher code = Pattern.compile("id=\"join-code\">([A-Z0-9-]{9})<").matcher(classPage);
        assertTrue(code.find(), "the class page shows its join code");
        return code.group(1);
    }

    /** A newcomer creates an account with the class's join link (privacy statement read) and is in the class. */
    public static void register(String base, String code, String name, String email, String password) {
        WebSession newcomer = new WebSession(base);
        HttpResponse<String> created = newcomer.submit(newcomer.get("/join?code=" + code).body(), "new-account",
                Map.of("new-account:name", name, "new-account:email", email, "new-account:password", password,
                        "new-account:privacyRead", "on", "new-account:submit", ""));
        assertEquals(302, created.statusCode(), created.body());
    }
}
