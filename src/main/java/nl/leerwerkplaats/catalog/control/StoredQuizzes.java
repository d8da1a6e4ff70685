package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.platform.ContentError;

/**
 * The quizzes of a stored module version, read again from its stored files: the database keeps the GIFT
 * files and module.yaml as imported, so a version's questions and settings never change.
 */
public final class StoredQuizzes {

    private StoredQuizzes() {
    }

    /** @param moduleKey the module's id, which is also its folder's name */
    public static List<ParsedQuiz> read(List<ModuleFile> files, String moduleKey) {
        String display = "stored " + moduleKey;
        List<ContentError> errors = new ArrayList<>();
        ModuleFile yaml = files.stream().filter(f -> f.path().equals("module.yaml")).findFirst()
                .orElseThrow(() -> new IllegalStateException(display + " has no stored module.yaml"));
        var descriptor = new ModuleDescriptorReader().read(ModuleFolderReader.text(yaml, display, errors),
                display + "/module.yaml", moduleKey, errors);
        List<ParsedQuiz> quizzes = descriptor.map(d -> QuizFolderReader.read(files, d, display, errors))
                .orElse(List.of());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored quizzes of " + display + " do not read: " + errors);
        }
        return quizzes;
    }
}
