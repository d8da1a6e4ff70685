package nl.leerwerkplaats.progress.boundary;

import nl.leerwerkplaats.learning.entity.ModuleStart;

/**
 * Fired inside the transaction in which a learner met the last completion rule of a module version.
 *
 * @param finalScore the final test's score in percent at that moment, null without a final test
 */
public record ModuleCompleted(ModuleStart start, Integer finalScore) {
}
