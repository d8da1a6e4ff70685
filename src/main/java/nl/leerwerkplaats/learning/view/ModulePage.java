package nl.leerwerkplaats.learning.view;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.boundary.QuizOverview;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.LearnerProgress;
import nl.leerwerkplaats.progress.boundary.Prerequisites;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.entity.ProgressSummary;

/** Backs learning/module.xhtml?id=...: objectives and lessons in order, each marked when read. */
@Named
@ViewScoped
public class ModulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    VersionActivities activities;

    @Inject
    Attempts attempts;

    @Inject
    Reflections reflections;

    @Inject
    LearnerProgress learnerProgress;

    @Inject
    Prerequisites prerequisites;

    @Inject
    ProgressSummaries summaries;

    @Inject
    Assignments assignments;

    private String id;
    private transient ModuleVersion version;
    private transient Map<Long, LessonView> views = Map.of();
    private transient LearnerProgress.Standing standing;
    private transient List<ModuleVersion> locked = List.of();
    private transient Instant completedAt;
    private transient Assignments.Deadline deadline;
    private final transient Map<String, QuizOverview> standings = new HashMap<>();
    // Looked up once per row although the page asks twice; a null status (not started) is kept too.
    private final transient Map<String, ReflectionStatus> reflectionStatuses = new HashMap<>();

    public void load() {
        var module = catalog.withContent(id);
        if (module.isEmpty()) {
            FacesPages.notFound();
            return;
        }
        version = reading.versionFor(currentAccount.get(), module.get());
        views = reading.views(currentAccount.get(), version);
        standing = learnerProgress.of(currentAccount.get(), version);
        locked = prerequisites.missing(currentAccount.get(), version);
        completedAt = summaries.of(currentAccount.get(), module.get()).map(ProgressSummary::getCompletedAt)
                .orElse(null);
        deadline = assignments.deadlinesOf(currentAccount.get()).stream()
                .filter(d -> d.assignment().getCourseModule().equals(module.get()) && d.dueAt() != null)
                .min(java.util.Comparator.comparing(Assignments.Deadline::dueAt)).orElse(null);
    }

    /** The completion rules of the learner's version and which are met. */
    public LearnerProgress.Standing getStanding() {
        return standing;
    }

    /** Modules to complete before this one; empty when it is open to the learner. */
    public List<ModuleVersion> getLockedBy() {
        return locked;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Assignments.Deadline getDeadline() {
        return deadline;
    }

    public boolean isRead(Lesson lesson) {
        return views.containsKey(lesson.getId());
    }

    public LessonView viewOf(Lesson lesson) {
        return views.get(lesson.getId());
    }

    /** The learner follows an older version than new starts get (they started before the content changed). */
    public boolean isOnOlderVersion() {
        return !version.getCourseModule().getCurrentVersion().equals(version);
    }

    /** The first lesson not read yet, or the first lesson: where "continue" leads. */
    public Lesson getNextLesson() {
        return version.getLessons().stream().filter(l -> !isRead(l)).findFirst()
                .orElse(version.getLessons().isEmpty() ? null : version.getLessons().get(0));
    }

    public List<ParsedQuiz> getQuizzes() {
        return activities.quizzes(version);
    }

    public List<ParsedReflection> getReflections() {
        return activities.reflections(version);
    }

    /** The status of the learner's reflection on an assignment; null before they open it. */
    public ReflectionStatus reflectionStatus(ParsedReflection assignment) {
        if (!reflectionStatuses.containsKey(assignment.id())) {
            reflectionStatuses.put(assignment.id(), reflections.find(currentAccount.get(),
                    version.getCourseModule(), assignment.id()).map(Reflection::getStatus).orElse(null));
        }
        return reflectionStatuses.get(assignment.id());
    }

    /** The learner's standing on a quiz of this module, for its line in the list. */
    public QuizOverview standing(ParsedQuiz quiz) {
        return standings.computeIfAbsent(quiz.id(), id -> attempts.overview(currentAccount.get(), version, id));
    }

    public int getLessonsRead() {
        return views.size();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ModuleVersion getVersion() {
        return version;
    }
}
