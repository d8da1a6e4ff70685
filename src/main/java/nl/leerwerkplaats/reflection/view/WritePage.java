package nl.leerwerkplaats.reflection.view;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.control.WordCount;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.progress.view.ModuleGate;

/**
 * Backs reflection/write.xhtml?module=...&amp;assignment=...: the prompt and rubric beside the sections being
 * written, and every submitted version with its feedback and what changed. The text travels only through the
 * autosave endpoint, never through Faces, so an expired view or session loses nothing.
 */
@Named
@ViewScoped
public class WritePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A section as the editor shows it, with the draft's text. */
    public record SectionView(ParsedReflection.Section section, String text, int words) {
    }

    @Inject
    ModuleGate gate;


    @Inject
    Reflections reflections;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    FacesContext faces;

    private String module;
    private String assignment;
    private transient Reflection reflection;
    private transient ParsedReflection parsed;

    public void load() {
        if (assignment == null) {
            FacesPages.notFound();
            return;
        }
        var entered = gate.enter(currentAccount.get(), module);
        if (entered.isEmpty()) {
            return;
        }
        var courseModule = entered.get().getCourseModule();
        try {
            reflection = reflections.open(currentAccount.get(), courseModule, assignment);
        } catch (EJBException raced) {
            // Two tabs opened a new assignment at the same moment: the other one created it; use that.
            reflection = reflections.open(currentAccount.get(), courseModule, assignment);
        }
        parsed = reflections.assignmentOf(reflection);
    }

    public List<SectionView> getSections() {
        return parsed.sections().stream().map(section -> {
            String text = reflection.getDraft().getOrDefault(section.key(), "");
            return new SectionView(section, text, WordCount.count(text));
        }).toList();
    }

    /** Submitted versions, newest first, each with the change since the one before. */
    public List<VersionView> getVersions() {
        return new SubmittedVersions(reflection, parsed).newestFirst();
    }

    public String getApi() {
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/reflections/" + reflection.getId();
    }

    public boolean isEditable() {
        return reflection.getStatus().isEditable();
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public ParsedReflection getParsed() {
        return parsed;
    }
}
