package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.vignette.boundary.ClassSpreads;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.control.SpreadPrivacy;
import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * Backs vignette/class.xhtml?class=..&amp;module=..: per case the class's spread before and after (chart and
 * table), the first steps chosen and how judgements shifted; links to the projector view and the CSV export.
 * Without a module: the modules that have cases.
 */
@Named
@ViewScoped
public class ClassVignettesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClassSpreads spreads;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    private Long classId;
    private String module;
    private transient ClassSpreads.ClassReport report;
    private transient List<CourseModule> modules = List.of();
    private transient String className;

    public void load() {
        try {
            if (module == null) {
                className = spreads.className(currentAccount.get(), classId);
                modules = spreads.modulesWithVignettes();
            } else {
                report = spreads.ofClass(currentAccount.get(), classId, module);
                className = report.cohort().getName();
            }
        } catch (AccessDenied refused) {
            FacesPages.notFound();
        }
    }

    public String chart(CaseSpread spread) {
        return SpreadChart.of(spread, report.set().scale().points(), messages, false);
    }


    public ParsedVignettes.Vignette vignette(CaseSpread spread) {
        return report.set().vignette(spread.vignette()).orElseThrow();
    }

    public boolean shown(CaseSpread spread, String moment) {
        return SpreadPrivacy.shownToStaff(spread.at(RatingMoment.parse(moment)));
    }

    public boolean shiftShown(CaseSpread spread) {
        return SpreadPrivacy.shownToStaff(spread.shift());
    }

    public boolean anyShown(CaseSpread spread) {
        return shown(spread, "before") || shown(spread, "after");
    }

    public int getMinAnswers() {
        return SpreadPrivacy.MIN_ANSWERS;
    }

    public List<Integer> points() {
        return java.util.stream.IntStream.rangeClosed(1, report.set().scale().size()).boxed().toList();
    }

    public List<Integer> options(ParsedVignettes.Vignette vignette) {
        return vignette.firstStep() == null ? List.of()
                : java.util.stream.IntStream.rangeClosed(1, vignette.firstStep().options().size()).boxed().toList();
    }

    public ClassSpreads.ClassReport getReport() {
        return report;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public String getClassName() {
        return className;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
