package nl.leerwerkplaats.learning.view;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.progress.view.ModuleGate;

/** Backs learning/lesson.xhtml?module=...&lesson=...: shows the lesson and records it as read. */
// Request scope: a view-scoped page kept every lesson's text in the session for each lesson opened, which
// filled the heap of the load benchmark. The page has no postback of its own; the menu's postbacks redirect.
@Named
@RequestScoped
public class LessonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleGate gate;

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    CurrentAccount currentAccount;

    private String module;
    private String lesson;
    private transient ModuleVersion version;
    private transient Lesson current;
    private transient LessonView view;

    public void load() {
        var entered = gate.enter(currentAccount.get(), module);
        if (entered.isEmpty()) {
            return;
        }
        version = entered.get();
        current = catalog.lesson(version, lesson).orElse(null);
        if (current == null) {
            FacesPages.notFound();
            return;
        }
        view = reading.recordView(currentAccount.get(), current);
    }

    public Lesson getPrevious() {
        if (current == null) {
            return null;
        }
        int index = current.getSortOrder();
        return index > 0 ? lessons().get(index - 1) : null;
    }

    public Lesson getNext() {
        if (current == null) {
            return null;
        }
        int index = current.getSortOrder();
        return index + 1 < lessons().size() ? lessons().get(index + 1) : null;
    }

    private List<Lesson> lessons() {
        return version.getLessons();
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public ModuleVersion getVersion() {
        return version;
    }

    public Lesson getCurrent() {
        return current;
    }

    public LessonView getView() {
        return view;
    }
}
