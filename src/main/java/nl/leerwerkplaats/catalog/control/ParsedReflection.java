package nl.leerwerkplaats.catalog.control;

import java.util.List;

/**
 * A reflection assignment of a module: {@code reflections/ID.yaml} (settings) with {@code reflections/ID.md}
 * (the prompt, Markdown).
 *
 * @param id               the file name stem
 * @param file             the YAML file's path in the module folder
 * @param title            shown to learners and reviewers
 * @param promptHtml       the prompt rendered and sanitised
 * @param sections         at least one; a reflection without sections in YAML has one section "Reflectie"
 * @param rubric           null when the assignment has none
 * @param approvalRequired whether the module counts as completed only after a reviewer approves
 */
public record ParsedReflection(String id, String file, String title, String promptHtml, List<Section> sections,
                               Rubric rubric, boolean approvalRequired) {

    public ParsedReflection {
        sections = List.copyOf(sections);
    }

    /**
     * @param key      unique within the assignment, [a-z0-9-]+; answers are stored under it
     * @param minWords null for no minimum
     * @param maxWords null for no maximum
     */
    public record Section(String key, String title, String question, Integer minWords, Integer maxWords) {
    }

    public record Rubric(List<Criterion> criteria) {
        public Rubric {
            criteria = List.copyOf(criteria);
        }
    }

    /** @param levels from low to high, at least two */
    public record Criterion(String key, String title, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }
    }

    public record Level(String label, int points, String description) {
    }
}
