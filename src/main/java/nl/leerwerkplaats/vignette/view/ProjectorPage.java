package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.vignette.boundary.ClassSpreads;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.control.SpreadPrivacy;
import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * Backs vignette/projector.xhtml?class=..&amp;module=..&amp;case=N: one case at a time for a class discussion on a
 * projector, large and without the site's navigation: the case, then the class's spread before and after.
 */
@Named
@ViewScoped
public class ProjectorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClassSpreads spreads;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    private Long classId;
    private String module;
    private int number = 1;
    private transient ClassSpreads.ClassReport report;

    public void load() {
        try {
            report = spreads.ofClass(currentAccount.get(), classId, module);
        } catch (AccessDenied refused) {
            FacesPages.notFound();
            return;
        }
        if (number < 1 || number > report.cases().size()) {
            report = null;
            FacesPages.notFound();
        }
    }

    public CaseSpread getSpread() {
        return report.cases().get(number - 1);
    }

    public ParsedVignettes.Vignette getVignette() {
        return report.set().vignettes().get(number - 1);
    }

    public String getChart() {
        CaseSpread spread = getSpread();
        return SpreadChart.of(spread, report.set().scale().points(), messages, true);
    }

    public boolean isShown(String moment) {
        return SpreadPrivacy.shownToStaff(getSpread().at(RatingMoment.parse(moment)));
    }

    public boolean isAnyShown() {
        return isShown("before") || isShown("after");
    }

    public int getMinAnswers() {
        return SpreadPrivacy.MIN_ANSWERS;
    }

    public int getCount() {
        return report.cases().size();
    }

    public ClassSpreads.ClassReport getReport() {
        return report;
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

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }
}
