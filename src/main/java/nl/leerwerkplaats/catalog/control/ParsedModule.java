package nl.leerwerkplaats.catalog.control;

import java.util.List;
import java.util.Optional;

/**
 * A valid module folder: what module.yaml says, its lessons in order, its files, quizzes and reflection
 * assignments, its vignette set (null when it has none), and its content hash.
 */
public record ParsedModule(ModuleDescriptor descriptor, String contentHash, List<ParsedLesson> lessons,
                           List<ModuleFile> files, List<ParsedQuiz> quizzes, List<ParsedReflection> reflections,
                           ParsedVignettes vignettes) {

    /** Length of the version label shown to people and used in URLs; the full hash identifies the version. */
    public static final int VERSION_LENGTH = 12;

    public String id() {
        return descriptor.id();
    }

    public Optional<ParsedVignettes> vignetteSet() {
        return Optional.ofNullable(vignettes);
    }

    public String version() {
        return contentHash.substring(0, VERSION_LENGTH);
    }
}
