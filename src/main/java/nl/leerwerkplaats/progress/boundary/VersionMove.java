package nl.leerwerkplaats.progress.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.DataChange;
import nl.leerwerkplaats.progress.control.QuizChanges;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * Moves a class's learners who follow an older version of an assigned module to the current one. Lessons whose
 * text is unchanged stay read (with their first reading time); a passed quiz whose questions are unchanged stays
 * passed (see {@link LearnerProgress}); each learner is told what is new.
 */
@Stateless
public class VersionMove {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Clock clock;

    @Inject
    Assignments assignments;

    @Inject
    Cohorts cohorts;

    @Inject
    VersionActivities activities;

    @Inject
    ProgressTracker tracker;

    @Inject
    Reading reading;

    @Inject
    Notifications notifications;

    /** What changed between two versions, as the learner is told. */
    public record Changes(List<String> newLessons, List<String> changedLessons, List<String> changedQuizzes) {
        public boolean isEmpty() {
            return newLessons.isEmpty() && changedLessons.isEmpty() && changedQuizzes.isEmpty();
        }

        public String describe() {
            List<String> parts = new ArrayList<>(newLessons);
            parts.addAll(changedLessons);
            parts.addAll(changedQuizzes);
            return String.join(", ", parts);
        }
    }

    /** The learners of the class on an older version, by version label: what the lecturer sees before moving. */
    public Map<String, Long> olderVersions(Account staff, Long assignmentId) {
        ModuleAssignment assignment = assignments.visible(staff, assignmentId);
        return openStarts(assignment).stream()
                .filter(s -> !s.getModuleVersion().equals(current(assignment)))
                .collect(Collectors.groupingBy(s -> s.getModuleVersion().getLabel(), Collectors.counting()));
    }

    /** @return how many learners moved */
    public int moveToCurrent(Account staff, Long assignmentId) {
        ModuleAssignment assignment = assignments.manageable(staff, assignmentId);
        ModuleVersion target = current(assignment);
        Instant now = clock.instant();
        int moved = 0;
        for (ModuleStart start : openStarts(assignment)) {
            ModuleVersion from = start.getModuleVersion();
            if (from.equals(target)) {
                continue;
            }
            Account learner = start.getAccount();
            start.supersede(now);
            em.persist(new ModuleStart(learner, target, start.getStartedAt()));
            carryReading(learner, from, target);
            em.flush();
            tracker.refresh(learner, target.getCourseModule());
            Changes changes = changes(from, target);
            notifications.notify(learner, changes.isEmpty() ? "notify.moduleMovedSame" : "notify.moduleMoved",
                    target.getTitle() + (changes.isEmpty() ? "" : ": " + changes.describe()),
                    "/learning/module?id=" + target.getModuleKey());
            moved++;
        }
        changes.fire(new DataChange(staff.getId(), "assignment.movedToCurrent", Cohorts.subject(assignment.getCohort()),
                target.getModuleKey() + " " + target.getLabel() + ", " + moved + " learner(s)"));
        return moved;
    }

    public Changes changes(ModuleVersion from, ModuleVersion to) {
        Map<String, Lesson> old = from.getLessons().stream().collect(Collectors.toMap(Lesson::getLessonKey, l -> l));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Lesson lesson : to.getLessons()) {
            Lesson before = old.get(lesson.getLessonKey());
            if (before == null) {
                added.add(lesson.getTitle());
            } else if (!Objects.equals(before.getContentHash(), lesson.getContentHash())) {
                changed.add(lesson.getTitle());
            }
        }
        List<String> quizzes = new ArrayList<>();
        for (ParsedQuiz quiz : activities.quizzes(to)) {
            boolean same = activities.quiz(from, quiz.id()).map(q -> QuizChanges.sameQuestions(q, quiz)).orElse(false);
            if (!same) {
                quizzes.add(quiz.id());
            }
        }
        return new Changes(added, changed, quizzes);
    }

    private void carryReading(Account learner, ModuleVersion from, ModuleVersion to) {
        Map<String, LessonView> read = reading.views(learner, from).values().stream()
                .collect(Collectors.toMap(v -> v.getLesson().getLessonKey(), v -> v));
        Set<String> already = reading.views(learner, to).values().stream()
                .map(v -> v.getLesson().getLessonKey()).collect(Collectors.toSet());
        for (Lesson lesson : to.getLessons()) {
            LessonView before = read.get(lesson.getLessonKey());
            if (before != null && !already.contains(lesson.getLessonKey())
                    && Objects.equals(before.getLesson().getContentHash(), lesson.getContentHash())) {
                em.persist(new LessonView(learner, lesson, before.getFirstViewedAt()));
            }
        }
    }

    private List<ModuleStart> openStarts(ModuleAssignment assignment) {
        List<Long> learners = cohorts.members(assignment.getCohort()).stream()
                .filter(m -> m.getMemberRole() == MemberRole.LEARNER).map(m -> m.getAccount().getId()).toList();
        if (learners.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ModuleStart.FIND_OPEN_OF_MODULE, ModuleStart.class)
                .setParameter("module", assignment.getCourseModule()).setParameter("accounts", learners)
                .getResultList();
    }

    private ModuleVersion current(ModuleAssignment assignment) {
        return em.find(CourseModule.class, assignment.getCourseModule().getId()).getCurrentVersion();
    }
}
