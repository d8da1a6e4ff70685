package nl.leerwerkplaats.catalog.control;

import java.util.List;
import java.util.Map;

/**
 * What module.yaml says. {@code lines} maps a key (such as "prerequisites[0]") to its line, so that checks
 * made later, across modules, can still point at the right line.
 */
public record ModuleDescriptor(String id, String title, String summary, List<String> audience,
                               int studyLoadMinutes, List<String> objectives, List<String> lessonFiles,
                               List<String> prerequisites, Accreditation accreditation,
                               Map<String, Integer> lines) {

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
