package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.platform.ContentError;

/**
 * The reflection assignments of a stored module version, read again from its stored files: the database keeps
 * the reflection files as imported, so a version's sections and rubric never change under a submission.
 */
public final class StoredReflections {

    private StoredReflections() {
    }

    /** @param moduleKey the module's id, which is also its folder's name */
    public static List<ParsedReflection> read(List<ModuleFile> files, String moduleKey) {
        String display = "stored " + moduleKey;
        List<ContentError> errors = new ArrayList<>();
        List<ParsedReflection> reflections = new ReflectionReader().read(files, display, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored reflections of " + display + " do not read: " + errors);
        }
        return reflections;
    }
}
