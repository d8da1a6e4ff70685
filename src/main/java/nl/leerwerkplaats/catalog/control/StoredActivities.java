package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.platform.ContentError;

/**
 * The quizzes, reflection assignments and vignettes of a stored module version, read again from its stored files: the
 * database keeps module.yaml, the GIFT files and the reflection files as imported, so a version's questions,
 * settings, sections and rubric never change under an attempt or a submission.
 */
public final class StoredActivities {

    /** What learners do in a version besides reading. */
    public record Activities(List<ParsedQuiz> quizzes, List<ParsedReflection> reflections,
                             java.util.Optional<ParsedVignettes> vignettes) {
    }

    private StoredActivities() {
    }

    /** @param moduleKey the module's id, which is also its folder's name */
    public static Activities read(List<ModuleFile> files, String moduleKey) {
        String display = "stored " + moduleKey;
        List<ContentError> errors = new ArrayList<>();
        ModuleFile yaml = files.stream().filter(f -> f.path().equals("module.yaml")).findFirst()
                .orElseThrow(() -> new IllegalStateException(display + " has no stored module.yaml"));
        var descriptor = new ModuleDescriptorReader().read(ModuleFolderReader.text(yaml, display, errors),
                display + "/module.yaml", moduleKey, errors);
        List<ParsedQuiz> quizzes = descriptor.map(d -> QuizFolderReader.read(files, d, display, errors))
                .orElse(List.of());
        List<ParsedReflection> reflections = new ReflectionReader().read(files, display, errors);
        var vignettes = new VignetteReader().read(files, display, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored activities of " + display + " do not read: " + errors);
        }
        return new Activities(quizzes, reflections, vignettes);
    }
}
