package nl.leerwerkplaats.catalog.control;

import java.util.List;
import java.util.Optional;

/**
 * A module's vignette set ({@code vignettes.yaml}): short cases from practice that learners rate on one scale
 * at the start of the module and again at its end, each with a reasoning shown once they answered.
 *
 * @param file             the file's path in the module folder
 * @param introductionHtml null when the set has no introduction
 */
public record ParsedVignettes(String file, String title, String introductionHtml, Scale scale,
                              List<Vignette> vignettes) {

    public static final String FILE = "vignettes.yaml";
    public static final String DEFAULT_FIRST_STEP_QUESTION = "Wat zou jij als eerste doen?";

    public ParsedVignettes {
        vignettes = List.copyOf(vignettes);
    }

    public Optional<Vignette> vignette(String key) {
        return vignettes.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** @param points labels from low to high; an answer is the point's number, 1 for the first */
    public record Scale(String question, List<String> points) {
        public Scale {
            points = List.copyOf(points);
        }

        public int size() {
            return points.size();
        }

        public boolean contains(int point) {
            return point >= 1 && point <= points.size();
        }
    }

    /** @param options an answer is the option's number, 1 for the first */
    public record FirstStep(String question, List<String> options) {
        public FirstStep {
            options = List.copyOf(options);
        }

        public boolean contains(int option) {
            return option >= 1 && option <= options.size();
        }
    }

    /**
     * @param key       unique within the set, [a-z0-9-]+; answers are stored under it
     * @param firstStep null when the case asks no "what would you do first"
     */
    public record Vignette(String key, String title, String caseHtml, FirstStep firstStep, String reasoningHtml) {
    }
}
