package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.catalog.entity.Accreditation;
import java.util.List;
import java.util.Map;

/**
 * What module.yaml says. {@code lines} maps a key (such as "prerequisites[0]") to its line, so that checks
 * made later, across modules, can still point at the right line.
 */
public record ModuleDescriptor(String id, String title, String summary, List<String> audience,
                               int studyLoadMinutes, List<String> objectives, List<String> lessonFiles,
                               List<String> prerequisites, Accreditation accreditation,
                               Map<String, QuizSettings> quizzes, Map<String, Integer> lines) {

    /** The settings of a quiz: from module.yaml, or the defaults. */
    public QuizSettings quizSettings(String quizId) {
        return quizzes.getOrDefault(quizId, QuizSettings.DEFAULTS);
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
