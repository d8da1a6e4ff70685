package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.cohort.boundary.RosterImport;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.testsupport.AccessFixture;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.PeopleSessions;
import nl.leerwerkplaats.testsupport.ReviewForm;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * Who reaches what, over HTTP against the WAR: for every page and API that takes the id of a learner's work or of a
 * class, the owner (and the lecturer of the owner's class, and an admin) get it, while a classmate, a student of
 * another class, the lecturer of another class and an anonymous visitor are refused and never see the owner's data.
 * The fixture (two classes, see {@link AccessFixture}) is made through the services; everything else is requests.
 *
 * <p>Each table has one row per request and one column per person; a new endpoint is a new row. A cell is
 * <ul>
 * <li>{@code 200}: served, and the response shows the row's {@code shows} value (the owner's name, a secret word
 * from their reflection, their record's code; {@code -} when the response is binary or holds no name),</li>
 * <li>{@code hide}: served (the person's own version of a list or page), without the row's {@code shows} value,</li>
 * <li>{@code login}: a redirect to the login page,</li>
 * <li>a status (401, 403, 404, 409): exactly that, and the response does not show the row's value.</li>
 * </ul>
 * In the owner's column only {@code 200} looks at the response: a page refused to the owner names them in its header.
 * Rows run top to bottom, and in a row the refusals first: a row that changes the owner's data (submit) comes after
 * the rows that need it unchanged. Placeholders in braces are the fixture's values.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    private static final String[] PEOPLE = {"owner", "lecturer", "classmate", "student B", "lecturer B", "anonymous",
            "admin"};

    /** Reflections: the editor, the review page with its versions, the review queue, the autosave API, the export. */
    private static final String REFLECTIONS = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /reflection/write?module={module}&assignment=eigen-normaal     | secret    | 200   | hide     | hide      | hide      | hide       | login     | hide  |
            | GET /reflection/review?reflection={reflection}                     | secret    | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /reflection/reviews?class={classA}                             | ownerName | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /reflection/reviews                                            | ownerName | hide  | 200      | hide      | hide      | hide       | login     | 200   |
            | GET /api/v1/reflection-exports?class={classA}&module={module}&assignment=eigen-normaal | secret | 404 | 200 | 404 | 404 | 404 | 401 | 200 |
            | GET /api/v1/reflection-exports?class={classB}&module={module}&assignment=eigen-normaal | secret | 404 | 404 | 404 | 404 | hide | 401 | hide |
            | PUT /api/v1/reflections/{draft}/draft {draftBody}                  | -         | 200   | 404      | 404       | 404       | 404        | 401       | 404   |
            | POST /api/v1/reflections/{draft}/submit {submitBody}               | -         | 200   | 404      | 404       | 404       | 404        | 401       | 404   |
            | POST /api/v1/reflections/{reflection}/submit {submitBody}          | secret    | 409   | 404      | 404       | 404       | 404        | 401       | 404   |
            """;

    /**
     * Quiz attempts: the attempt page, the autosave, check and submit API, the result page, a learner's quizzes, an
     * essay to mark and the marking list, the item analysis of a class (page and CSV). The check answers 409 to the owner: this quiz gives no feedback per
     * answer, which only the owner may learn.
     */
    private static final String QUIZ_ATTEMPTS = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /quiz/attempt?attempt={running}                                | ownerName | 200   | 404      | 404       | 404       | 404        | login     | 404   |
            | PUT /api/v1/attempts/{running}/slots/1 {answerBody}                | -         | 200   | 404      | 404       | 404       | 404        | 401       | 404   |
            | POST /api/v1/attempts/{running}/slots/1/check {emptyBody}          | -         | 409   | 404      | 404       | 404       | 404        | 401       | 404   |
            | POST /api/v1/attempts/{running}/submit {emptyBody}                 | -         | 200   | 404      | 404       | 404       | 404        | 401       | 404   |
            | GET /quiz/result?attempt={running}                                 | ownerName | 200   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /quiz/result?attempt={finished}                                | ownerName | 200   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /quiz/learner?learner={owner}                                  | ownerName | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /quiz/mark?slot={essaySlot}                                    | essayWord | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /quiz/marking                                                  | ownerName | hide  | 200      | hide      | hide      | hide       | login     | 200   |
            | GET /quiz/analysis?module={module}&quiz=eindtoets&class={classA}   | -         | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /api/v1/quizzes/{module}/{version}/eindtoets/item-analysis.csv?class={classA} | - | 404 | 200 | 404 | 404 | 404 | 401 | 200 |
            """;

    /** Completion records: the certificate PDF and the badge of a record, the learner's list, the register export. */
    private static final String COMPLETION_RECORDS = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /api/v1/records/{code}/certificate.pdf                         | -         | 200   | 404      | 404       | 404       | 404        | 401       | 200   |
            | GET /api/v1/records/{code}/certificate.pdf?lang=en                 | -         | 200   | 404      | 404       | 404       | 404        | 401       | 200   |
            | GET /api/v1/records/{code}/badge.jwt                               | -         | 200   | 404      | 404       | 404       | 404        | 401       | 200   |
            | GET /certificates/                                                 | code      | 200   | hide     | hide      | hide      | hide       | login     | hide  |
            | GET /api/v1/records.csv?from={weekAgo}&until={today}               | ownerName | 403   | 403      | 403       | 403       | 403        | 401       | 200   |
            """;

    /**
     * Classes: the class page with its members, the progress matrix (also sorted and filtered), a learner's record,
     * the assignments, the CSV and XLSX exports; the lecturer of class B naming the owner in their own class's URLs
     * finds nothing either.
     */
    private static final String CLASSES = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /classes/class?id={classA}                                     | ownerName | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /classes/class?id={classB}                                     | ownerName | 404   | 404      | 404       | 404       | hide       | login     | hide  |
            | GET /classes/index                                                 | classAName | 200  | 200      | 200       | hide      | hide       | login     | 200   |
            | GET /progress/class?id={classA}                                    | ownerName | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /progress/class?id={classA}&sort=activity&behind=true          | -         | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /progress/class?id={classB}                                    | ownerName | 404   | 404      | 404       | 404       | hide       | login     | hide  |
            | GET /progress/learner?class={classA}&learner={owner}               | ownerName | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /progress/learner?class={classB}&learner={owner}               | ownerName | 404   | 404      | 404       | 404       | 404        | login     | 404   |
            | GET /progress/assignments?class={classA}                           | -         | 404   | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /api/v1/classes/{classA}/progress.csv                          | ownerName | 404   | 200      | 404       | 404       | 404        | 401       | 200   |
            | GET /api/v1/classes/{classA}/progress.xlsx?lang=en                 | -         | 404   | 200      | 404       | 404       | 404        | 401       | 200   |
            | GET /api/v1/classes/{classB}/progress.csv                          | ownerName | 404   | 404      | 404       | 404       | hide       | 401       | hide  |
            """;

    /**
     * Case vignettes: a class's spreads (page, projector view, CSV) for its lecturers and admins; the spreads across
     * classes (page and CSV) for admins only.
     */
    private static final String VIGNETTES = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /vignette/class?class={classA}&module=m2-wat-is-ieders-normaal | classAName | 404  | 200      | 404       | 404       | 404        | login     | 200   |
            | GET /vignette/projector?class={classA}&module=m2-wat-is-ieders-normaal&case=1 | classAName | 404 | 200 | 404 | 404     | 404        | login     | 200   |
            | GET /api/v1/vignette-exports?class={classA}&module=m2-wat-is-ieders-normaal | classAName | 404 | 200 | 404  | 404       | 404        | 401       | 200   |
            | GET /api/v1/vignette-exports?module=m2-wat-is-ieders-normaal       | -         | 404   | 404      | 404       | 404       | 404        | 401       | 200   |
            | GET /admin/vignettes?module=m2-wat-is-ieders-normaal               | -         | 403   | 403      | 403       | 403       | 403        | login     | 200   |
            """;

    /** Learning records (xAPI) and the account pages: by class for its lecturers, across classes only for admins. */
    private static final String LEARNING_RECORDS = """
            | request                                                            | shows     | owner | lecturer | classmate | student B | lecturer B | anonymous | admin |
            | GET /api/v1/xapi/statements?class={classA}                         | actor     | 403   | 200      | 403       | 403       | 403        | 401       | 200   |
            | GET /api/v1/xapi/statements?class={classA}&learner={owner}         | actor     | 403   | 200      | 403       | 403       | 403        | 401       | 200   |
            | GET /api/v1/xapi/statements?class={classB}&learner={owner}         | actor     | 403   | 403      | 403       | 403       | hide       | 401       | hide  |
            | GET /api/v1/xapi/statements?learner={owner}                        | actor     | 403   | 403      | 403       | 403       | 403        | 401       | 200   |
            | GET /admin/account?id={owner}                                      | ownerEmail | 403  | 403      | 403       | 403       | 403        | login     | 200   |
            | GET /admin/accounts?query={ownerEmail}                             | ownerEmail | 403  | 403      | 403       | 403       | 403        | login     | 200   |
            """;

    private static AccessFixture.Built fixture;
    private static final PeopleSessions SESSIONS = new PeopleSessions();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(AccessControlIT.class);
    }

    @Inject AccessFixture access;
    @Inject Reflections reflections;
    @Inject RosterImport roster;

    @ArquillianResource
    URL deployed;

    @Test
    @DisplayName("Reflections: editor, review page, queue, autosave and submit API, export reach only the learner and their class's staff")
    void reflections() {
        check(REFLECTIONS);
    }

    @Test
    @DisplayName("Quiz attempts: attempt page, autosave, check, submit, result, item analysis reach only the learner and their class's staff")
    void quizAttempts() {
        try {
            check(QUIZ_ATTEMPTS);
        } finally {
            access.removeEssayModule();
        }
    }

    @Test
    @DisplayName("Completion records: certificate PDF, badge and the register export reach only the learner and admins")
    void completionRecords() {
        check(COMPLETION_RECORDS);
    }

    @Test
    @DisplayName("Classes: class page, members, matrix, learner record, assignments, CSV and XLSX only for the class's lecturers")
    void classes() {
        check(CLASSES);
    }

    @Test
    @DisplayName("vignette R4 R5: a class's case spreads, projector view and export only for its lecturers; across classes only for admins")
    void vignettes() {
        check(VIGNETTES);
    }

    @Test
    @DisplayName("xapi R2, identity R4: learning records by class for its lecturers, across classes and accounts only for admins")
    void learningRecords() {
        check(LEARNING_RECORDS);
    }

    @Test
    @DisplayName("A forged postback: the lecturer of class B posts their own review form with the owner's reflection id and is refused")
    void forgedReviewPostbackIsRefused() {
        Map<String, String> values = fixture().values();
        WebSession lecturerB = session("lecturer B");
        String ownReview = "/reflection/review?reflection=" + values.get("reflectionB");
        String page = lecturerB.get(ownReview).body();
        Map<String, String> fields = ReviewForm.needsRevision(page, "Schrijf meer over je eigen normaal.");
        // The view parameter is read again on a postback that carries it: the action now names the owner's reflection.
        Matcher action = Pattern.compile("(<form id=\"review-form\"[^>]*action=\")([^\"?]+)[^\"]*\"").matcher(page);
        assertTrue(action.find(), "the review form");
        String forged = page.substring(0, action.start()) + action.group(1) + action.group(2) + "?reflection="
                + values.get("reflection") + "\"" + page.substring(action.end());

        HttpResponse<String> refused = lecturerB.submit(forged, "review-form", fields);
        assertEquals(404, refused.statusCode(), "a postback for someone else's reflection");
        assertEquals(ReflectionStatus.SUBMITTED, reflections.own(ownerAccount(), Long.valueOf(values.get("reflection")))
                .getStatus(), "the owner's reflection is not reviewed");
        HttpResponse<String> legitimate = lecturerB.submit(lecturerB.get(ownReview).body(), "review-form", fields);
        assertEquals(302, legitimate.statusCode(), "the same postback for their own student's reflection is accepted: "
                + legitimate.body());
    }

    @Test
    @DisplayName("cohort R3: the lecturer of class B cannot take the owner in by putting their e-mail in a class list")
    void classListTakesNobodyIn() {
        Map<String, String> values = fixture().values();
        Account lecturerB = access.account(fixture().logins().get("lecturer B"));
        String csv = "naam;e-mail\r\nOlga;" + values.get("ownerEmail") + "\r\n";
        RosterImport.Outcome outcome = roster.importCsv(Long.valueOf(values.get("classB")), lecturerB,
                csv.getBytes(StandardCharsets.UTF_8), Loopback.of(deployed));
        assertEquals(List.of(RosterImport.RowStatus.ASKED_TO_JOIN),
                outcome.rows().stream().map(RosterImport.ImportedRow::status).toList(), outcome.errors().toString());

        WebSession session = session("lecturer B");
        assertEquals(404, session.get("/quiz/result?attempt=" + values.get("finished")).statusCode());
        assertEquals(404, session.get("/reflection/review?reflection=" + values.get("reflection")).statusCode());
        HttpResponse<String> matrix = session.get("/progress/class?id=" + values.get("classB"));
        assertEquals(200, matrix.statusCode());
        assertFalse(matrix.body().contains(values.get("ownerName")), "the owner is not in class B");
    }

    private Account ownerAccount() {
        return access.account(fixture().logins().get("owner"));
    }

    private synchronized AccessFixture.Built fixture() {
        if (fixture == null) {
            try {
                fixture = access.build();
            } catch (RuntimeException e) {
                access.removeEssayModule();
                throw e;
            }
        }
        return fixture;
    }

    private WebSession session(String who) {
        return SESSIONS.of(Loopback.of(deployed), who, () -> fixture().logins());
    }

    /** Runs every row of the table; fails once, with every cell that did not hold. */
    private void check(String table) {
        Map<String, String> values = fixture().values();
        List<String> failures = new ArrayList<>();
        List<String> lines = table.lines().map(String::strip).filter(l -> l.startsWith("|")).toList();
        List<String> header = cells(lines.get(0));
        assertEquals(List.of(PEOPLE), header.subList(2, header.size()), "the table's columns");
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            String[] request = resolve(row.get(0), values).split(" ", 3);
            String shows = row.get(1).equals("-") ? null : values.get(row.get(1));
            if (row.get(1).equals("-") == (shows != null) || row.size() != PEOPLE.length + 2) {
                fail("malformed row: " + line);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < PEOPLE.length; i++) {
                order.add(i);
            }
            // Refusals first: a row that changes something (a submit) must be refused to others before it is done.
            order.sort(Comparator.comparing(i -> row.get(i + 2).equals("200") || row.get(i + 2).equals("hide")));
            for (int i : order) {
                String expected = row.get(i + 2);
                HttpResponse<String> response = send(session(PEOPLE[i]), request);
                // The owner's own name or data on a page refused to them (the header names them) is no leak.
                String problem = mismatch(expected, response, i == 0 && !expected.equals("200") ? null : shows);
                if (problem != null) {
                    failures.add(row.get(0) + " as " + PEOPLE[i] + ": expected " + expected + ", " + problem);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " cells did not hold:\n" + String.join("\n", failures));
        }
    }

    private static String mismatch(String expected, HttpResponse<String> response, String shows) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        boolean showsOwnersData = shows != null && body.contains(shows);
        String got = "got " + status + (status == 302 ? " to " + response.headers().firstValue("Location").orElse("")
                : "") + (showsOwnersData ? " showing the owner's data" : "");
        switch (expected) {
            case "200":
                return status == 200 && (shows == null || showsOwnersData) ? null
                        : got + (status == 200 ? " without the owner's data" : "");
            case "hide":
                return status == 200 && !showsOwnersData ? null : got;
            case "login":
                return status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login")
                        && !showsOwnersData ? null : got;
            default:
                return status == Integer.parseInt(expected) && !showsOwnersData ? null : got;
        }
    }

    private static HttpResponse<String> send(WebSession session, String[] request) {
        String method = request[0];
        String path = request[1];
        return method.equals("GET") ? session.get(path) : session.json(method, path, request.length > 2 ? request[2] : "");
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        return java.util.Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    /** The request with each {placeholder} replaced by the fixture's value. */
    private static String resolve(String request, Map<String, String> values) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(request);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                fail("no fixture value for " + placeholder.group() + " in " + request);
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(resolved).toString();
    }
}
