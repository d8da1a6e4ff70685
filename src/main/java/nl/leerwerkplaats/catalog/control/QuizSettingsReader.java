package nl.leerwerkplaats.catalog.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads module.yaml's {@code quizzes:} block: per quiz id (its file name in quizzes/) the settings. */
final class QuizSettingsReader {

    static final Set<String> KEYS = Set.of("passMark", "attempts", "timeLimitMinutes", "shuffleQuestions",
            "shuffleAnswers", "draw", "feedback", "finalTest");

    private QuizSettingsReader() {
    }

    /** @param lines receives the line of each quiz id ("quizzes:ID") for checks made once the files are known */
    static Map<String, QuizSettings> read(YamlNodes nodes, Node block, Map<String, Integer> lines) {
        Map<String, QuizSettings> quizzes = new LinkedHashMap<>();
        if (!(block instanceof MappingNode mapping)) {
            nodes.error(block, "'quizzes' must map each quiz id (its file name in quizzes/ without .gift) to its settings");
            return quizzes;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String id = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            lines.put("quizzes:" + id, YamlNodes.line(tuple.getKeyNode()));
            if (!(tuple.getValueNode() instanceof MappingNode settings)) {
                nodes.error(tuple.getValueNode(), "settings of quiz '" + id + "' must be a block with passMark, attempts, ...");
                continue;
            }
            ModuleDescriptorReader.checkKeys(nodes, settings, KEYS, "quiz ");
            quizzes.put(id, settings(nodes, settings));
        }
        return quizzes;
    }

    private static QuizSettings settings(YamlNodes nodes, MappingNode block) {
        QuizSettings defaults = QuizSettings.DEFAULTS;
        int passMark = nodes.integer(block, "passMark", false, 0, 100).orElse(defaults.passMark());
        Integer attempts = nodes.value(block, "attempts").filter(n -> n instanceof ScalarNode s
                && s.getValue().trim().equals("unlimited")).isPresent() ? null
                : nodes.integer(block, "attempts", false, 1, 100).orElse(null);
        Integer timeLimit = nodes.integer(block, "timeLimitMinutes", false, 1, 24 * 60).orElse(null);
        return new QuizSettings(passMark, attempts, timeLimit,
                bool(nodes, block, "shuffleQuestions", defaults.shuffleQuestions()),
                bool(nodes, block, "shuffleAnswers", defaults.shuffleAnswers()),
                draw(nodes, block), feedback(nodes, block), bool(nodes, block, "finalTest", false));
    }

    private static boolean bool(YamlNodes nodes, MappingNode block, String key, boolean fallback) {
        Optional<String> text = nodes.text(block, key, false, 5);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.get().equals("true") && !text.get().equals("false")) {
            nodes.error(nodes.value(block, key).orElseThrow(), "'" + key + "' must be true or false, was '" + text.get() + "'");
            return fallback;
        }
        return Boolean.parseBoolean(text.get());
    }

    private static QuizSettings.Feedback feedback(YamlNodes nodes, MappingNode block) {
        Optional<String> text = nodes.text(block, "feedback", false, 30);
        if (text.isEmpty()) {
            return QuizSettings.DEFAULTS.feedback();
        }
        for (QuizSettings.Feedback feedback : QuizSettings.Feedback.values()) {
            if (feedback.yaml().equals(text.get())) {
                return feedback;
            }
        }
        nodes.error(nodes.value(block, "feedback").orElseThrow(),
                "'feedback' must be afterEachAnswer or afterSubmit, was '" + text.get() + "'");
        return QuizSettings.DEFAULTS.feedback();
    }

    private static Map<String, Integer> draw(YamlNodes nodes, MappingNode block) {
        Map<String, Integer> draw = new LinkedHashMap<>();
        Optional<Node> node = nodes.value(block, "draw");
        if (node.isEmpty()) {
            return draw;
        }
        if (!(node.get() instanceof MappingNode categories)) {
            nodes.error(node.get(), "'draw' must map GIFT categories to how many questions to draw from each");
            return draw;
        }
        for (NodeTuple tuple : categories.getValue()) {
            String category = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue().trim() : "?";
            Optional<String> count = nodes.scalar(tuple.getValueNode(), "draw " + category, 4);
            try {
                int n = Integer.parseInt(count.orElse(""));
                if (n < 1) {
                    throw new NumberFormatException();
                }
                draw.put(category, n);
            } catch (NumberFormatException e) {
                nodes.error(tuple.getValueNode(), "'draw' for category '" + category + "' must be a whole number of 1 or more");
            }
        }
        return draw;
    }
}
