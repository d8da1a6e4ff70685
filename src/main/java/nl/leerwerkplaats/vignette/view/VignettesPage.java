package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;
import nl.leerwerkplaats.vignette.entity.RatingMoment;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/** Backs vignette/module.xhtml?module=..: the learner's two rounds and, per case, their answers and shift. */
@Named
@ViewScoped
public class VignettesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VignetteRatings ratings;

    @Inject
    transient CurrentAccount currentAccount;

    private String module;
    private transient VignetteRatings.Standing standing;

    public void load() {
        standing = module == null ? null : ratings.standing(currentAccount.get(), module).orElse(null);
        if (standing == null) {
            FacesPages.notFound();
        }
    }

    public VignetteRatings.Standing getStanding() {
        return standing;
    }

    /** The label the learner chose for the case in the round; null when they did not answer it. */
    public String answer(ParsedVignettes.Vignette vignette, String moment) {
        return standing.answer(vignette.key(), RatingMoment.parse(moment))
                .map(r -> standing.set().scale().points().get(r.getScalePoint() - 1)).orElse(null);
    }

    /** Points moved from the first to the second round (positive: towards more help); null without both. */
    public Integer shift(ParsedVignettes.Vignette vignette) {
        var before = standing.answer(vignette.key(), RatingMoment.BEFORE).map(VignetteRating::getScalePoint);
        var after = standing.answer(vignette.key(), RatingMoment.AFTER).map(VignetteRating::getScalePoint);
        return before.isPresent() && after.isPresent() ? after.get() - before.get() : null;
    }

    public boolean answeredAny(ParsedVignettes.Vignette vignette) {
        return standing.ratings().stream().anyMatch(r -> r.getVignetteKey().equals(vignette.key()));
    }

    public long answered(String moment) {
        return standing.answered(RatingMoment.parse(moment));
    }

    public boolean open(String moment) {
        return standing.isOpen(RatingMoment.parse(moment));
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
