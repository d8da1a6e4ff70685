package nl.leerwerkplaats.progress.boundary;

import nl.leerwerkplaats.learning.entity.ModuleStart;

/** Fired inside the transaction in which a learner met the last completion rule of a module version. */
public record ModuleCompleted(ModuleStart start) {
}
