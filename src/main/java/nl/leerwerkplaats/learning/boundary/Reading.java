package nl.leerwerkplaats.learning.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.learning.entity.ModuleStart;

/** Which version a learner reads, and which lessons they read when. */
@Stateless
public class Reading {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<LessonViewed> viewed;

    /** The version the learner started and has not completed; otherwise the newest version. */
    public ModuleVersion versionFor(Account account, CourseModule module) {
        return openStart(account, module).map(ModuleStart::getModuleVersion)
                .orElseGet(() -> em.find(CourseModule.class, module.getId()).getCurrentVersion());
    }

    /** The learner's start of the module that is neither completed nor superseded, if any. */
    public java.util.Optional<ModuleStart> openStart(Account account, CourseModule module) {
        return em.createNamedQuery(ModuleStart.FIND_OPEN, ModuleStart.class)
                .setParameter("account", account).setParameter("module", module)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Records that the learner opened the lesson now; the first lesson opened starts its module version. */
    public LessonView recordView(Account account, Lesson lesson) {
        // Loaded afresh, never merged: a view's copy may be stale and must not overwrite newer state.
        Account learner = em.find(Account.class, account.getId());
        Lesson read = em.find(Lesson.class, lesson.getId());
        // A completed version is not started again: reading it once more is just reading.
        if (openStart(learner, read.getModuleVersion().getCourseModule()).isEmpty()
                && !startedBefore(learner, read.getModuleVersion())) {
            em.persist(new ModuleStart(learner, read.getModuleVersion(), clock.instant()));
        }
        LessonView view = em.createNamedQuery(LessonView.FIND, LessonView.class)
                .setParameter("account", learner).setParameter("lesson", read)
                .getResultStream().findFirst().orElse(null);
        if (view == null) {
            view = new LessonView(learner, read, clock.instant());
            em.persist(view);
        } else {
            view.viewedAgain(clock.instant());
        }
        viewed.fire(new LessonViewed(view));
        return view;
    }

    private boolean startedBefore(Account learner, ModuleVersion version) {
        return em.createQuery("select count(s) from ModuleStart s where s.account = :account "
                + "and s.moduleVersion = :version", Long.class).setParameter("account", learner)
                .setParameter("version", version).getSingleResult() > 0;
    }

    /** The learner's views of the lessons of one version, by lesson id. */
    public Map<Long, LessonView> views(Account account, ModuleVersion version) {
        List<LessonView> views = em.createNamedQuery(LessonView.FIND_IN_VERSION, LessonView.class)
                .setParameter("account", account).setParameter("version", version).getResultList();
        return views.stream().collect(Collectors.toMap(v -> v.getLesson().getId(), Function.identity()));
    }
}
