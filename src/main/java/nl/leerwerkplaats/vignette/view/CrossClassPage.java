package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

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
import nl.leerwerkplaats.vignette.control.Distribution;
import nl.leerwerkplaats.vignette.control.Shift;
import nl.leerwerkplaats.vignette.control.SpreadPrivacy;

/**
 * Backs admin/vignettes.xhtml?module=..: how judgements shift per case across every class, as evidence of what
 * the module changes. Classes are numbered, not named, and only counts of at least the threshold are shown.
 */
@Named
@ViewScoped
public class CrossClassPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClassSpreads spreads;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    private String module;
    private transient ClassSpreads.CrossClassReport report;
    private transient List<CourseModule> modules = List.of();

    /** One class's row for a case: its anonymous number and what may be shown of it. */
    public record ClassRow(int number, Distribution before, Distribution after, Shift shift) {
        public boolean isBeforeShown() {
            return SpreadPrivacy.shownToStaff(before);
        }

        public boolean isAfterShown() {
            return SpreadPrivacy.shownToStaff(after);
        }

        public boolean isShiftShown() {
            return SpreadPrivacy.shownToStaff(shift);
        }
    }

    public void load() {
        try {
            modules = spreads.modulesWithVignettes();
            report = module == null ? null : spreads.acrossClasses(currentAccount.get(), module);
        } catch (AccessDenied refused) {
            FacesPages.notFound();
        }
    }

    public String chart(CaseSpread spread) {
        return SpreadChart.of(spread, report.set().scale().points(), messages, false);
    }

    /** The classes' rows for the case at this index of the set, numbered 1, 2, ... */
    public List<ClassRow> classRows(int index) {
        return IntStream.range(0, report.perClass().size()).mapToObj(i -> {
            CaseSpread spread = report.perClass().get(i).get(index);
            return new ClassRow(i + 1, spread.before(), spread.after(), spread.shift());
        }).toList();
    }

    public List<Integer> getCaseIndexes() {
        return IntStream.range(0, report.overall().size()).boxed().toList();
    }

    public ParsedVignettes.Vignette vignette(int index) {
        return report.set().vignettes().get(index);
    }

    public CaseSpread overall(int index) {
        return report.overall().get(index);
    }

    public boolean shown(Distribution distribution) {
        return SpreadPrivacy.shownToStaff(distribution);
    }

    public boolean shiftShown(Shift shift) {
        return SpreadPrivacy.shownToStaff(shift);
    }

    public int getMinAnswers() {
        return SpreadPrivacy.MIN_ANSWERS;
    }

    public ClassSpreads.CrossClassReport getReport() {
        return report;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
