package nl.leerwerkplaats.vignette.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.vignette.control.RatingWindow;
import nl.leerwerkplaats.vignette.entity.RatingMoment;
import nl.leerwerkplaats.vignette.entity.VignetteRating;

/** A learner's own judgements of a module's cases: which round is open, what they answered, and answering. */
@Stateless
public class VignetteRatings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    VersionActivities activities;

    @Inject
    Reading reading;

    @Inject
    ProgressSummaries summaries;

    @Inject
    Clock clock;

    /**
     * What the learner sees of a module's vignettes: the set of the version they follow, their answers so far and
     * when they may answer.
     */
    public record Standing(ModuleVersion version, ParsedVignettes set, List<VignetteRating> ratings, RatingWindow window) {

        public Optional<VignetteRating> answer(String vignette, RatingMoment moment) {
            return ratings.stream().filter(r -> r.getVignetteKey().equals(vignette) && r.getMoment() == moment)
                    .findFirst();
        }

        public long answered(RatingMoment moment) {
            return set.vignettes().stream().filter(v -> answer(v.key(), moment).isPresent()).count();
        }

        public boolean isOpen(RatingMoment moment) {
            return window.isOpen(moment);
        }

        /** The first case not answered in the round, if the round is open and one is left. */
        public Optional<ParsedVignettes.Vignette> next(RatingMoment moment) {
            return !isOpen(moment) ? Optional.empty()
                    : set.vignettes().stream().filter(v -> answer(v.key(), moment).isEmpty()).findFirst();
        }
    }

    /**
     * The learner's standing; empty when the module has no vignettes. Prerequisites do not lock the cases: the first
     * round measures the judgement a learner brings, best before any module has shaped it.
     */
    public Optional<Standing> standing(@NotNull Account account, String moduleKey) {
        Optional<CourseModule> module = catalog.withContent(moduleKey);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Account learner = em.find(Account.class, account.getId());
        ModuleVersion version = reading.versionFor(learner, module.get());
        Optional<ParsedVignettes> set = activities.vignettes(version);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        List<VignetteRating> ratings = em.createNamedQuery(VignetteRating.FIND_OF_LEARNER, VignetteRating.class)
                .setParameter("account", learner).setParameter("module", module.get()).getResultList();
        boolean completed = summaries.of(learner, module.get()).map(ProgressSummary::getCompletedAt).isPresent();
        boolean ratedAfter = ratings.stream().anyMatch(r -> r.getMoment() == RatingMoment.AFTER);
        RatingWindow window = new RatingWindow(version.getLessons().size(), reading.views(learner, version).size(),
                completed, ratedAfter);
        return Optional.of(new Standing(version, set.get(), ratings, window));
    }

    /**
     * Stores the learner's judgement of one case. Refused when the round is closed, the case was answered in this
     * round already (answers are final: the reasoning follows them), or the answer is not on the case's choices.
     */
    public VignetteRating rate(@NotNull Account account, String moduleKey, String vignetteKey,
                               @NotNull RatingMoment moment, Integer point, Integer firstStep) {
        Standing standing = standing(account, moduleKey).orElseThrow(() -> new AccessDenied("vignettes " + moduleKey));
        ParsedVignettes.Vignette vignette = standing.set().vignette(vignetteKey)
                .orElseThrow(() -> new AccessDenied("vignette " + vignetteKey));
        if (!standing.isOpen(moment)) {
            throw new BusinessException("vignette.error.closed", null);
        }
        if (standing.answer(vignetteKey, moment).isPresent()) {
            throw new BusinessException("vignette.error.answered", null);
        }
        if (point == null || !standing.set().scale().contains(point)) {
            throw new BusinessException("vignette.error.point", "point");
        }
        if (vignette.firstStep() == null ? firstStep != null
                : firstStep == null || !vignette.firstStep().contains(firstStep)) {
            throw new BusinessException("vignette.error.firstStep", "firstStep");
        }
        VignetteRating rating = new VignetteRating(em.find(Account.class, account.getId()), standing.version(),
                vignetteKey, moment, point, firstStep, clock.instant());
        em.persist(rating);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // The same answer sent twice at once (a double click): the unique key keeps the first.
            throw new BusinessException("vignette.error.answered", null);
        }
        return rating;
    }
}
