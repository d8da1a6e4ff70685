package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import java.util.List;

/** What one read of a content folder found: the valid modules and every error of the others. */
public record ContentReport(List<ParsedModule> modules, List<ContentError> errors, List<String> skippedModules) {
}
