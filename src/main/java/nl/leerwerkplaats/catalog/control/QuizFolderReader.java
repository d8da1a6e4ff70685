package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.leerwerkplaats.platform.ContentError;
import nl.leerwerkplaats.quiz.boundary.GiftQuizzes;
import nl.leerwerkplaats.quiz.entity.GiftParseResult;

/**
 * The quizzes of a module folder: every {@code quizzes/*.gift} parsed, and module.yaml's quiz settings checked
 * against them (settings name an existing quiz, draws fit the categories, one final test at most).
 */
final class QuizFolderReader {

    private QuizFolderReader() {
    }

    static List<ParsedQuiz> read(List<ModuleFile> files, ModuleDescriptor descriptor, String display,
                                 List<ContentError> errors) {
        List<ParsedQuiz> quizzes = new ArrayList<>();
        for (ModuleFile file : files) {
            String path = file.path();
            if (!path.startsWith("quizzes/") || !path.endsWith(".gift") || path.indexOf('/', "quizzes/".length()) >= 0) {
                continue;
            }
            String id = path.substring("quizzes/".length(), path.length() - ".gift".length());
            GiftParseResult parsed = GiftQuizzes.parse(ModuleFolderReader.text(file, display, errors), display + "/" + path);
            errors.addAll(parsed.errors());
            quizzes.add(new ParsedQuiz(id, path, descriptor.quizSettings(id), parsed.questions()));
        }
        checkSettings(quizzes, descriptor, display + "/module.yaml", errors);
        return List.copyOf(quizzes);
    }

    private static void checkSettings(List<ParsedQuiz> quizzes, ModuleDescriptor descriptor, String yaml,
                                      List<ContentError> errors) {
        boolean finalTestSeen = false;
        for (Map.Entry<String, QuizSettings> entry : descriptor.quizzes().entrySet()) {
            String id = entry.getKey();
            int line = descriptor.lineOf("quizzes:" + id);
            ParsedQuiz quiz = quizzes.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
            if (quiz == null) {
                errors.add(new ContentError(yaml, line, "settings for quiz '" + id + "', but there is no quizzes/" + id + ".gift"));
                continue;
            }
            if (entry.getValue().finalTest()) {
                if (finalTestSeen) {
                    errors.add(new ContentError(yaml, line, "quiz '" + id + "' is a second final test; a module has one at most"));
                }
                finalTestSeen = true;
            }
            entry.getValue().draw().forEach((category, count) -> {
                long available = quiz.questions().stream()
                        .filter(q -> category.equals(q.category()) && !"description".equals(q.type())).count();
                if (available < count) {
                    errors.add(new ContentError(yaml, line, "quiz '" + id + "' draws " + count + " question(s) from category '"
                            + category + "', which has " + available));
                }
            });
        }
    }
}
