package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;
import nl.leerwerkplaats.vignette.entity.RatingMoment;

/**
 * Backs vignette/rate.xhtml?module=..&amp;moment=before|after: the next case of the round that the learner has not
 * answered, with the scale and the first-step question. Saving leads to the case's page with the reasoning.
 */
@Named
@ViewScoped
public class RatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VignetteRatings ratings;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    private String module;
    private String moment;
    private String vignetteKey;

    @NotNull(message = "{vignette.point.required}")
    private Integer point;

    private Integer firstStep;

    private transient VignetteRatings.Standing standing;

    public void load() {
        RatingMoment round = RatingMoment.parse(moment);
        standing = module == null || round == null ? null : ratings.standing(currentAccount.get(), module).orElse(null);
        if (standing == null) {
            FacesPages.notFound();
            return;
        }
        if (vignetteKey == null) {
            // The case is fixed once shown: a postback must answer the case the learner read.
            vignetteKey = standing.next(round).map(ParsedVignettes.Vignette::key).orElse(null);
        }
    }

    public String save() {
        try {
            ratings.rate(currentAccount.get(), module, vignetteKey, RatingMoment.parse(moment), point, firstStep);
            return "/vignette/case?faces-redirect=true&module=" + module + "&case=" + vignetteKey;
        } catch (BusinessException refusal) {
            messages.show(refusal, "rate");
            return null;
        }
    }

    /** The case to answer; null when the round is closed or every case of it is answered. */
    public ParsedVignettes.Vignette getVignette() {
        return vignetteKey == null ? null : standing.set().vignette(vignetteKey).orElse(null);
    }

    public boolean isOpen() {
        return standing.isOpen(RatingMoment.parse(moment));
    }

    /** The case's number in the set, from 1, for "case 2 of 6". */
    public int getPosition() {
        return standing.set().vignettes().indexOf(getVignette()) + 1;
    }

    public VignetteRatings.Standing getStanding() {
        return standing;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getMoment() {
        return moment;
    }

    public void setMoment(String moment) {
        this.moment = moment;
    }

    public Integer getPoint() {
        return point;
    }

    public void setPoint(Integer point) {
        this.point = point;
    }

    public Integer getFirstStep() {
        return firstStep;
    }

    public void setFirstStep(Integer firstStep) {
        this.firstStep = firstStep;
    }
}
