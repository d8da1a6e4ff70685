package nl.leerwerkplaats.vignette.view;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.vignette.boundary.VignetteRatings;

/**
 * The vignette card on a module's page (learning/module.xhtml): whether the module has cases and which round the
 * learner can do now. Looked up once per request, as the page asks several times.
 */
@Named
@RequestScoped
public class ModuleVignettes {

    @Inject
    VignetteRatings ratings;

    @Inject
    CurrentAccount currentAccount;

    private final Map<String, VignetteRatings.Standing> standings = new HashMap<>();

    /** The learner's standing on the module's cases; null when it has none (no card). */
    public VignetteRatings.Standing of(String moduleKey) {
        if (moduleKey == null || !currentAccount.isLoggedIn()) {
            return null;
        }
        if (!standings.containsKey(moduleKey)) {
            standings.put(moduleKey, ratings.standing(currentAccount.get(), moduleKey).orElse(null));
        }
        return standings.get(moduleKey);
    }
}
