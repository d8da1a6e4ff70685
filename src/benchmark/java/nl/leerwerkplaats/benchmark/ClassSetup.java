package nl.leerwerkplaats.benchmark;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Prepares the class the load runs against, through the platform's own pages as its users would: the demo
 * lecturer assigns module 1 to the demo class, the class's learners create their accounts with its join code,
 * and the learners of the saturation phases register as professionals (so the class matrix stays class-sized).
 * Not measured: creating an account hashes a password on purpose slowly.
 */
final class ClassSetup {

    static final String MODULE = "m1-herkomst-en-begrippen";
    static final String LECTURER = "demo-docent";
    static final String LECTURER_PASSWORD = "demo";

    record Learner(String email, String password) {
    }

    /** The class's learners (joined with its code) and the others (professionals in the open enrolment group). */
    record Prepared(long classId, List<Learner> classLearners, List<Learner> others) {
    }

    private final String base;

    ClassSetup(String base) {
        this.base = base;
    }

    Prepared prepare(int classLearners, int others) throws Exception {
        WebSession lecturer = new WebSession(base);
        expectRedirect(lecturer.logIn(LECTURER, LECTURER_PASSWORD), "log in as " + LECTURER);
        long classId = Long.parseLong(find(lecturer.get("/classes/index.xhtml").body(),
                "class\\.xhtml\\?id=(\\d+)\"[^>]*>Demo: SPH", "the demo class on /classes/"));
        String joinCode = find(lecturer.get("/classes/class.xhtml?id=" + classId).body(),
                "id=\"join-code\">([^<]+)<", "the join code of the demo class").trim();
        String assignments = lecturer.get("/progress/assignments.xhtml?class=" + classId).body();
        expectRedirect(lecturer.submit(assignments, "assign", Map.of(
                "assign:module", MODULE,
                "assign:open_input", LocalDate.now().toString(),
                "assign:due_input", LocalDate.now().plusDays(14).toString(),
                "assign:time_input", "23:59",
                "assign:save", "")), "assign " + MODULE);
        return new Prepared(classId, create(classLearners, number -> joinClass(joinCode, number)),
                create(others, number -> registerProfessional(classLearners + number)));
    }

    private List<Learner> create(int count, IntFunction<Learner> account) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Learner>> created = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int number = i;
                created.add(pool.submit(() -> account.apply(number)));
            }
            List<Learner> learners = new ArrayList<>();
            for (Future<Learner> learner : created) {
                learners.add(learner.get());
            }
            return learners;
        } finally {
            pool.shutdownNow();
        }
    }

    private Learner joinClass(String joinCode, int number) {
        Learner learner = learner(number);
        WebSession session = new WebSession(base);
        String page = session.get("/join.xhtml?code=" + joinCode).body();
        expectRedirect(session.submit(page, "new-account", Map.of(
                "new-account:name", "Lerende %04d".formatted(number),
                "new-account:email", learner.email(),
                "new-account:password", learner.password(),
                "new-account:privacyRead", "on",
                "new-account:submit", "")), "create account " + learner.email());
        return learner;
    }

    private Learner registerProfessional(int number) {
        Learner learner = learner(number);
        WebSession session = new WebSession(base);
        expectRedirect(session.submit(session.get("/register.xhtml").body(), "register", Map.of(
                "register:name", "Professional %04d".formatted(number),
                "register:email", learner.email(),
                "register:password", learner.password(),
                "register:skjNumber", "",
                "register:skjStart", "",
                "register:privacyRead", "on",
                "register:submit", "")), "register " + learner.email());
        return learner;
    }

    private static Learner learner(int number) {
        return new Learner("lerende%04d@benchmark.example".formatted(number), "Zonnebloem-kade-%04d!".formatted(number));
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("Could not " + what + ": HTTP " + response.statusCode() + "\n"
                    + response.body());
        }
    }

    private static String find(String html, String regex, String what) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found: " + what + "\n" + html);
        }
        return matcher.group(1);
    }
}
