package nl.leerwerkplaats.vignette.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.vignette.boundary.ClassSpreads;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.control.Distribution;
import nl.leerwerkplaats.vignette.control.SpreadPrivacy;
import nl.leerwerkplaats.vignette.entity.RatingMoment;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/**
 * Backs vignette/case.xhtml?module=..&amp;case=..: one case with the learner's own answers and shift, the reasoning
 * once they answered, and their class's spread once enough classmates answered.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VignetteRatings ratings;

    @Inject
    transient ClassSpreads spreads;

    @Inject
    transient CurrentAccount currentAccount;

    private String module;
    private String caseKey;
    private transient VignetteRatings.Standing standing;
    private transient ParsedVignettes.Vignette vignette;
    private transient List<ClassView> classes = List.of();

    /** What the learner may see of one class's answers to this case. */
    public record ClassView(String name, Moment before, Moment after) {
    }

    /** One round of a class: the spread when shown, otherwise how many classmates answered so far. */
    public record Moment(Distribution spread, long classmates) {
        public boolean isShown() {
            return spread != null;
        }
    }

    public void load() {
        standing = module == null ? null : ratings.standing(currentAccount.get(), module).orElse(null);
        vignette = standing == null || caseKey == null ? null : standing.set().vignette(caseKey).orElse(null);
        if (vignette == null) {
            FacesPages.notFound();
            return;
        }
        long viewer = currentAccount.get().getId();
        int options = vignette.firstStep() == null ? 0 : vignette.firstStep().options().size();
        classes = spreads.classesOf(currentAccount.get(), standing.version().getCourseModule()).stream()
                .map(group -> {
                    CaseSpread spread = CaseSpread.of(caseKey, standing.set().scale().size(), options, group.judgements());
                    return new ClassView(group.cohort().getName(),
                            moment(group, spread, RatingMoment.BEFORE, viewer), moment(group, spread, RatingMoment.AFTER, viewer));
                }).toList();
    }

    private Moment moment(ClassSpreads.GroupAnswers group, CaseSpread spread, RatingMoment moment, long viewer) {
        boolean shown = SpreadPrivacy.shownToLearner(group.judgements(), caseKey, moment, viewer);
        return new Moment(shown ? spread.at(moment) : null,
                SpreadPrivacy.classmatesWhoAnswered(group.judgements(), caseKey, moment, viewer));
    }

    /** The reasoning comes after an answer: before that, it would steer the learner's judgement. */
    public boolean isAnswered() {
        return standing.ratings().stream().anyMatch(r -> r.getVignetteKey().equals(caseKey));
    }

    public VignetteRating answer(String moment) {
        return standing.answer(caseKey, RatingMoment.parse(moment)).orElse(null);
    }

    public String pointLabel(int point) {
        return standing.set().scale().points().get(point - 1);
    }

    public String optionLabel(Integer option) {
        return option == null ? null : vignette.firstStep().options().get(option - 1);
    }

    public Integer getShift() {
        VignetteRating before = answer("before");
        VignetteRating after = answer("after");
        return before == null || after == null ? null : after.getScalePoint() - before.getScalePoint();
    }

    /** The round the learner is in when this case is done: where "next case" leads, or null. */
    public String getNextRound() {
        for (RatingMoment moment : RatingMoment.values()) {
            if (standing.next(moment).isPresent()) {
                return moment.key();
            }
        }
        return null;
    }

    public int getMinAnswers() {
        return SpreadPrivacy.MIN_ANSWERS;
    }

    public List<Integer> getPoints() {
        return java.util.stream.IntStream.rangeClosed(1, standing.set().scale().size()).boxed().toList();
    }

    public ParsedVignettes.Vignette getVignette() {
        return vignette;
    }

    public VignetteRatings.Standing getStanding() {
        return standing;
    }

    public List<ClassView> getClasses() {
        return classes;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getCase() {
        return caseKey;
    }

    public void setCase(String caseKey) {
        this.caseKey = caseKey;
    }
}
