package nl.leerwerkplaats.reflection.boundary;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.reflection.control.WordCount;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * A learner's reflections: open the assignment, save the draft as they type, submit within the word limits.
 * Changes lock the reflection's row, so a save and a submit from two tabs happen one after the other.
 */
@Stateless
public class Reflections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ReflectionSubmitted> submitted;

    @Inject
    Clock clock;

    @Inject
    VersionActivities activities;

    @Inject
    Reading reading;

    @Inject
    Cohorts cohorts;

    @Inject
    Notifications notifications;

    public ParsedReflection assignmentOf(Reflection reflection) {
        return assignment(reflection.getModuleVersion(), reflection.getAssignmentKey());
    }

    public ParsedReflection assignment(ModuleVersion version, String key) {
        return activities.reflection(version, key).orElseThrow(() -> new AccessDenied("assignment " + key));
    }

    /** The learner's reflection on the assignment, if they started it. */
    public java.util.Optional<Reflection> find(Account learner, CourseModule module, String assignmentKey) {
        return em.createNamedQuery(Reflection.FIND, Reflection.class)
                .setParameter("account", em.find(Account.class, learner.getId())).setParameter("module", module)
                .setParameter("assignment", assignmentKey).getResultStream().findFirst();
    }

    /** The learner's reflection on the assignment, started now (on the version they follow) if it is new. */
    public Reflection open(Account learner, CourseModule module, String assignmentKey) {
        Account account = em.find(Account.class, learner.getId());
        return find(account, module, assignmentKey).orElseGet(() -> {
                    ModuleVersion version = reading.versionFor(account, module);
                    assignment(version, assignmentKey);
                    Reflection started = new Reflection(account, version, assignmentKey, clock.instant());
                    em.persist(started);
                    em.flush();
                    return started;
                });
    }

    /** The reflection for its learner only; anyone else gets "not found". */
    public Reflection own(Account account, Long id) {
        Reflection reflection = id == null ? null : em.find(Reflection.class, id);
        if (reflection == null || !reflection.getAccount().getId().equals(account.getId())) {
            throw new AccessDenied("reflection " + id);
        }
        return reflection;
    }

    /** The reflection for its learner, the lecturers and reviewers of their classes, and admins. */
    public Reflection visible(Account viewer, Long id) {
        Reflection reflection = id == null ? null : em.find(Reflection.class, id);
        if (reflection == null || !(reflection.getAccount().getId().equals(viewer.getId())
                || cohorts.teaches(viewer, reflection.getAccount()))) {
            throw new AccessDenied("reflection " + id);
        }
        return reflection;
    }

    /**
     * Stores the draft when it is based on the stored revision (or {@code force}, the learner chose their text
     * over another tab's); otherwise {@link DraftConflict} with what is stored.
     */
    public Reflection saveDraft(Account learner, Long id, Map<String, String> texts, int baseRevision, boolean force) {
        Reflection reflection = lockedEditable(learner, id);
        if (!force && baseRevision != reflection.getDraftRevision()) {
            throw new DraftConflict(reflection.getDraftRevision(), reflection.getDraft());
        }
        reflection.saveDraft(checked(assignmentOf(reflection), texts), clock.instant());
        return reflection;
    }

    /** Locks the draft as the next version and tells the learner's lecturers and reviewers. */
    public ReflectionVersion submit(Account learner, Long id, int baseRevision) {
        Reflection reflection = lockedEditable(learner, id);
        if (baseRevision != reflection.getDraftRevision()) {
            throw new DraftConflict(reflection.getDraftRevision(), reflection.getDraft());
        }
        ParsedReflection assignment = assignmentOf(reflection);
        Map<String, SubmitRefused.Problem> problems = new LinkedHashMap<>();
        for (ParsedReflection.Section section : assignment.sections()) {
            int words = WordCount.count(reflection.getDraft().getOrDefault(section.key(), ""));
            String key = WordCount.limitsMessageKey(words, section.minWords(), section.maxWords());
            if (key != null) {
                int limit = "reflection.tooShort".equals(key) ? section.minWords() : section.maxWords();
                problems.put(section.key(), new SubmitRefused.Problem(key, words, limit));
            }
        }
        if (!problems.isEmpty()) {
            throw new SubmitRefused(problems);
        }
        ReflectionVersion version = reflection.submit(clock.instant());
        submitted.fire(new ReflectionSubmitted(reflection, version));
        String about = reflection.getAccount().getDisplayName() + ": " + assignment.title();
        for (Account staff : cohorts.staffOf(reflection.getAccount())) {
            notifications.notify(staff, "notify.reflectionSubmitted", about,
                    "/reflection/review?reflection=" + reflection.getId());
        }
        return version;
    }

    private Reflection lockedEditable(Account learner, Long id) {
        Reflection reflection = own(learner, id);
        em.refresh(reflection, LockModeType.PESSIMISTIC_WRITE);
        if (!reflection.getStatus().isEditable()) {
            throw new BusinessException("reflection.locked", null);
        }
        return reflection;
    }

    /** Only the assignment's sections, each within the size limit, without control characters. */
    private static Map<String, String> checked(ParsedReflection assignment, Map<String, String> texts) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (ParsedReflection.Section section : assignment.sections()) {
            String text = texts.getOrDefault(section.key(), "");
            if (text.length() > Reflection.TEXT_MAX) {
                throw new BusinessException("reflection.textTooLong", section.key(), Reflection.TEXT_MAX);
            }
            clean.put(section.key(), text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", ""));
        }
        texts.keySet().stream().filter(key -> !clean.containsKey(key)).findFirst().ifPresent(key -> {
            throw new BusinessException("reflection.unknownSection", null, key);
        });
        return clean;
    }
}
