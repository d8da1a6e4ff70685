package nl.leerwerkplaats.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.catalog.boundary.ContentStatus;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.progress.boundary.LearnerProgress;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.testsupport.Deployments;
import nl.leerwerkplaats.testsupport.Loopback;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.testsupport.RightResponses;
import nl.leerwerkplaats.testsupport.TestAccounts;

/**
 * The course as it ships (modules-content/, copied to the tests' content folder before the tests): every module
 * loads without errors, and one professional completes
 * all of them in order (every lesson read, the final test passed with right answers, every reflection written to
 * its word limits, submitted and approved by a reviewer), earning a record per module.
 */
@ExtendWith(ArquillianExtension.class)
class CourseCompletionIT {

    /** The modules the course must have (the content issue): seven, M1 to M7. */
    private static final int MODULES = 7;
    private static final Path SHIPPED = Path.of("modules-content");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(CourseCompletionIT.class);
    }

    @Inject ContentLibrary library;
    @Inject Catalog catalog;
    @Inject VersionActivities activities;
    @Inject Reading reading;
    @Inject Attempts attempts;
    @Inject Reflections reflections;
    @Inject ReflectionReviews reviews;
    @Inject LearnerProgress learnerProgress;
    @Inject Records records;
    @Inject TestAccounts testAccounts;

    @ArquillianResource
    URL deployed;

    private List<String> shippedModules() {
        try (Stream<Path> folders = Files.list(SHIPPED)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("module.yaml")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("content: all seven modules load and one professional completes each of them end to end")
    void everyModuleCanBeCompleted() {
        List<String> modules = shippedModules();
        assertEquals(MODULES, modules.size(), "the shipped modules: " + modules);
        ContentStatus.Snapshot loaded = library.reload();
        assertEquals(List.of(), loaded.errors(), "the shipped content (copied to the test content folder) loads");

        Account learner = testAccounts.create(Role.PROFESSIONAL);
        Account reviewer = testAccounts.create(Role.ADMIN);
        for (String module : modules) {
            ModuleVersion version = catalog.module(module).orElseThrow().getCurrentVersion();
            for (Lesson lesson : catalog.version(module, version.getLabel()).orElseThrow().getLessons()) {
                reading.recordView(learner, lesson);
            }
            for (ParsedQuiz quiz : activities.quizzes(version)) {
                if (quiz.settings().finalTest()) {
                    passWithRightAnswers(learner, version, quiz);
                }
            }
            for (ParsedReflection assignment : activities.reflections(version)) {
                writeSubmitAndApprove(learner, reviewer, version, assignment);
            }
            assertTrue(learnerProgress.of(learner, version).progress().complete(), module + " is completed");
        }
        List<CompletionRecord> issued = records.of(learner);
        assertEquals(MODULES, issued.size(), "a record per module");
        issued.forEach(record -> assertNotNull(record.getFinalScore(), record.getModuleKey() + " has a final test"));
        everyLessonAndImageServes(learner, modules);
    }

    /** Each lesson page renders for the learner, and every image it shows is served as an image. */
    private void everyLessonAndImageServes(Account learner, List<String> modules) {
        WebSession browser = new WebSession(Loopback.of(deployed));
        assertEquals(302, browser.logIn(learner.getUsername(), TestAccounts.PASSWORD).statusCode());
        int images = 0;
        for (String module : modules) {
            ModuleVersion version = catalog.module(module).orElseThrow().getCurrentVersion();
            for (Lesson lesson : catalog.version(module, version.getLabel()).orElseThrow().getLessons()) {
                HttpResponse<String> page = browser.get("/learning/lesson?module=" + module + "&lesson="
                        + lesson.getLessonKey());
                assertEquals(200, page.statusCode(), module + "/" + lesson.getLessonKey());
                Matcher image = Pattern.compile("<img[^>]*src=\"([^\"]+)\"").matcher(page.body());
                while (image.find()) {
                    String src = image.group(1).replace("&amp;", "&");
                    HttpResponse<byte[]> served = browser.getBytes(src.substring(src.indexOf("/modules/")));
                    assertEquals(200, served.statusCode(), src);
                    assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/"), src);
                    images++;
                }
            }
        }
        assertTrue(images >= 1, "the course shows images");
    }

    private void passWithRightAnswers(Account learner, ModuleVersion version, ParsedQuiz quiz) {
        QuizAttempt attempt = attempts.start(learner, version, quiz.id());
        for (AttemptSlot slot : attempt.getSlots()) {
            attempts.save(learner, attempt.getId(), slot.getSlot(),
                    RightResponses.of(quiz.questions().get(slot.getQuestionIndex())), System.currentTimeMillis());
        }
        QuizAttempt graded = attempts.submit(learner, attempt.getId());
        assertEquals(100, graded.getScorePercent(), version.getModuleKey() + "/" + quiz.id() + ": every answer right");
        assertTrue(graded.getPassed());
    }

    private void writeSubmitAndApprove(Account learner, Account reviewer, ModuleVersion version,
                                       ParsedReflection assignment) {
        Reflection reflection = reflections.open(learner, version.getCourseModule(), assignment.id());
        Map<String, String> texts = new LinkedHashMap<>();
        for (ParsedReflection.Section section : assignment.sections()) {
            int words = section.minWords() == null ? 60 : section.minWords() + 5;
            if (section.maxWords() != null) {
                words = Math.min(words, section.maxWords());
            }
            texts.put(section.key(), "gezin ".repeat(words).strip());
        }
        reflection = reflections.saveDraft(learner, reflection.getId(), texts, reflection.getDraftRevision(), false);
        reflections.submit(learner, reflection.getId(), reflection.getDraftRevision());
        Map<String, Integer> best = new LinkedHashMap<>();
        if (assignment.rubric() != null) {
            assignment.rubric().criteria().forEach(c -> best.put(c.key(), c.levels().size() - 1));
        }
        reviews.decide(reviewer, reflection.getId(), Decision.APPROVED, "Goed onderbouwd.", best);
    }
}
