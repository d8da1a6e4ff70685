package nl.leerwerkplaats.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.boundary.RosterImport;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;

/**
 * Script in every free-text field, each stored by the person who may write it: a learner's display name and
 * reflection (two versions, so the review page shows a diff), a lecturer's class name and review feedback, a name
 * from a CSV class list, and a module ({@value #MODULE}) whose title, summary, lesson, question and reflection
 * prompt carry raw HTML and script. Each value has a plain marker word, so a test can tell that a page shows it.
 */
@Dependent
public class XssFixture {

    public static final String MODULE = "it-xss";
    public static final String SCRIPT = "<script>window.__xss=1</script>";
    public static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    public static final String SVG = "\"><svg onload=window.__xss=1>";
    public static final String LINK = "[klik](javascript:window.__xss=1) <a href=\"javascript:window.__xss=1\">a</a>";
    /** In content, where the content check already refuses a Markdown javascript: link, the raw HTML link. */
    public static final String RAW_LINK = "<a href=\"javascript:window.__xss=1\">a</a>";
    /** Breaks out of a script element (a chart's configuration) and of an attribute. */
    public static final String BREAKOUT = "</script>" + SCRIPT + "'\"><svg onload=window.__xss=1>";

    private static final Pattern TAG = Pattern.compile("<[a-z][^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("\\s(href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);

    /**
     * The payload as markup that would run, or null: a script element of ours, or a tag of ours with an event handler
     * attribute or a javascript: address. Escaped text, also inside an attribute's value, is no markup.
     */
    public static String runnable(String html) {
        int script = html.indexOf(SCRIPT);
        if (script >= 0) {
            return around(html, script, script + SCRIPT.length());
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String text = tag.group();
            if (text.contains("__xss") && (HANDLER.matcher(QUOTED.matcher(text).replaceAll("\"\"")).find()
                    || SCRIPT_URL.matcher(text).find())) {
                return around(html, tag.start(), tag.end());
            }
        }
        return null;
    }

    private static String around(String html, int start, int end) {
        return "..." + html.substring(Math.max(0, start - 100), Math.min(html.length(), end + 40)).replace('\n', ' ')
                + "...";
    }

    @Inject Accounts accounts;
    @Inject Cohorts cohorts;
    @Inject RosterImport roster;
    @Inject Catalog catalog;
    @Inject ContentLibrary library;
    @Inject Reading reading;
    @Inject Attempts attempts;
    @Inject Reflections reflections;
    @Inject ReflectionReviews reviews;
    @Inject Assignments assignments;
    @Inject Records records;
    @Inject PlatformSettings settings;
    @Inject TestAccounts testAccounts;
    @Inject CertificateFixture certificates;

    /** Who logs in (user names) and what the pages are about (ids and marker words). */
    public record Built(Map<String, String> logins, Map<String, String> values) {
    }

    public Built build(String baseUrl) {
        long unique = System.nanoTime() % 1_000_000_000L;
        String learnerMark = "Xandranaam" + unique;
        String classMark = "Xklasnaam" + unique;
        String importMark = "Ximportnaam" + unique;
        String textMark = "Xreflectietekst" + unique;
        String revisedMark = "Xherzien" + unique;
        String feedbackMark = "Xfeedback" + unique;
        String contentMark = "Xinhoud" + unique;

        Account lecturer = testAccounts.create(Role.LECTURER);
        Account learner = testAccounts.student();
        learner = accounts.updateProfile(learner.getId(), learnerMark + " " + SCRIPT + IMG + SVG, learner.getEmail(),
                null, null);
        Cohort cohort = cohorts.create(lecturer, classMark + " " + SCRIPT + IMG + SVG, null, CohortKind.CLASS);
        cohorts.enrol(cohort, learner, MemberRole.LEARNER, "XSS" + unique);
        String csv = "naam;e-mail\r\n\"" + importMark + " " + SCRIPT + IMG + SVG.replace("\"", "\"\"") + "\";import"
                + unique + "@example.org\r\n";
        RosterImport.Outcome imported = roster.importCsv(cohort.getId(), lecturer, csv.getBytes(StandardCharsets.UTF_8),
                baseUrl);
        if (!imported.imported()) {
            throw new IllegalStateException("the class list did not import: " + imported.errors());
        }

        writeModule(contentMark);
        LocalDate today = LocalDate.now(settings.timeZone());
        assignments.assign(lecturer, cohort.getId(), MODULE, today.minusDays(1), today.plusDays(7), null);
        assignments.assign(lecturer, cohort.getId(), AccessFixture.MODULE, today.minusDays(1), today.plusDays(7), null);
        CourseModule module = catalog.module(MODULE).orElseThrow();
        ModuleVersion version = reading.versionFor(learner, module);
        for (Lesson lesson : catalog.version(MODULE, version.getLabel()).orElseThrow().getLessons()) {
            reading.recordView(learner, lesson);
        }
        QuizAttempt finished = attempts.start(learner, version, "eindtoets");
        attempts.submit(learner, finished.getId());
        QuizAttempt running = attempts.start(learner, version, "eindtoets");

        CourseModule m1 = catalog.module(AccessFixture.MODULE).orElseThrow();
        Reflection reflection = reflections.open(learner, m1, AccessFixture.REFLECTION);
        String payload = SCRIPT + " " + IMG + " " + SVG + " " + LINK + " " + BREAKOUT;
        reflection = reflections.saveDraft(learner, reflection.getId(), AccessFixture.texts(
                reflections.assignmentOf(reflection), textMark + " " + payload), reflection.getDraftRevision(), false);
        reflections.submit(learner, reflection.getId(), reflection.getDraftRevision());
        Map<String, Integer> rubric = new LinkedHashMap<>();
        reflections.assignmentOf(reflection).rubric().criteria().forEach(c -> rubric.put(c.key(), 0));
        reviews.decide(lecturer, reflection.getId(), Decision.NEEDS_REVISION, feedbackMark + " " + payload, rubric);
        reflection = reflections.own(learner, reflection.getId());
        reflection = reflections.saveDraft(learner, reflection.getId(), AccessFixture.texts(
                reflections.assignmentOf(reflection), textMark + " " + revisedMark + " " + IMG + BREAKOUT),
                reflection.getDraftRevision(), false);
        reflections.submit(learner, reflection.getId(), reflection.getDraftRevision());

        certificates.writeModules();
        try {
            certificates.complete(learner, CertificateFixture.PLAIN);
        } finally {
            certificates.removeModules();
        }

        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("learner", learner.getUsername());
        logins.put("lecturer", lecturer.getUsername());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learner", learner.getId().toString());
        values.put("class", cohort.getId().toString());
        values.put("reflection", reflection.getId().toString());
        values.put("finished", finished.getId().toString());
        values.put("running", running.getId().toString());
        values.put("code", records.of(learner).get(0).getCode());
        values.put("version", version.getLabel());
        values.put("learnerMark", learnerMark);
        values.put("classMark", classMark);
        values.put("importMark", importMark);
        values.put("textMark", textMark);
        values.put("revisedMark", revisedMark);
        values.put("feedbackMark", feedbackMark);
        values.put("contentMark", contentMark);
        return new Built(logins, values);
    }

    public void removeModule() {
        new ContentFolder(settings.contentDir()).delete(MODULE);
        library.reload();
    }

    /**
     * Raw HTML and script wherever a module author writes text. A Markdown javascript: link the content check refuses
     * (the module does not load); raw HTML it leaves to the sanitizer, which the pages must show to hold.
     */
    private void writeModule(String mark) {
        ContentFolder content = new ContentFolder(settings.contentDir());
        writeModule(mark, content, LINK);
        var refused = library.reload();
        if (catalog.module(MODULE).isPresent() || refused.errors().stream()
                .noneMatch(e -> e.toString().contains("javascript:"))) {
            throw new IllegalStateException("a javascript: link in a lesson must keep the module out: " + refused.errors());
        }
        writeModule(mark, content, RAW_LINK);
        var loaded = library.reload();
        if (catalog.module(MODULE).isEmpty()) {
            throw new IllegalStateException("the module with script in it did not load: " + loaded.errors());
        }
    }

    private void writeModule(String mark, ContentFolder content, String link) {
        content.write(MODULE + "/module.yaml", "id: " + MODULE + "\n"
                + "title: \"" + mark + " " + yaml(BREAKOUT) + "\"\n"
                + "summary: \"" + mark + " " + yaml(IMG + SVG + SCRIPT) + "\"\n"
                + "audience:\n  - hbo-student\n  - professional\n"
                + "studyLoadMinutes: 30\n"
                + "objectives:\n  - \"" + mark + " " + yaml(SCRIPT + IMG) + "\"\n"
                + "lessons:\n  - 01-les.md\n"
                + "quizzes:\n  eindtoets:\n    finalTest: true\n    passMark: 50\n");
        content.write(MODULE + "/lessons/01-les.md", "# Les " + mark + "\n\n" + mark + " in de tekst.\n\n"
                + SCRIPT + "\n\n" + IMG + "\n\n<p>" + SVG + "</p>\n\n" + link + "\n\n"
                + "<iframe src=\"javascript:window.__xss=1\"></iframe>\n\n"
                + "<div onclick=\"window.__xss=1\" style=\"background:url(javascript:window.__xss=1)\">div</div>\n");
        content.write(MODULE + "/quizzes/eindtoets.gift", "::waar:: [html]<p>" + mark + " " + gift(SCRIPT + IMG)
                + "</p> {T#[html]" + gift(SCRIPT + IMG) + "}\n");
        content.write(MODULE + "/reflections/eigen.yaml", "title: \"" + mark + " " + yaml(SCRIPT) + "\"\n"
                + "sections:\n  - key: tekst\n    title: \"" + mark + " " + yaml(IMG) + "\"\n"
                + "    question: \"" + mark + " " + yaml(SVG) + "\"\n");
        content.write(MODULE + "/reflections/eigen.md", "# " + mark + "\n\n" + SCRIPT + IMG + "\n\n" + RAW_LINK + "\n");
    }

    /** GIFT's special characters escaped, as a question author must. */
    private static String gift(String text) {
        return text.replaceAll("([~=#{}:])", "\\\\$1");
    }

    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
