package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import nl.leerwerkplaats.catalog.control.ParsedVignettes.FirstStep;
import nl.leerwerkplaats.catalog.control.ParsedVignettes.Scale;
import nl.leerwerkplaats.catalog.control.ParsedVignettes.Vignette;
import nl.leerwerkplaats.platform.ContentError;

/** Reads a module's {@code vignettes.yaml}; every problem is reported as {@code path:line: message}. */
final class VignetteReader {

    static final Set<String> KEYS = Set.of("title", "introduction", "scale", "vignettes");
    static final Set<String> SCALE_KEYS = Set.of("question", "points");
    static final Set<String> VIGNETTE_KEYS = Set.of("key", "title", "case", "firstStep", "reasoning");
    static final Set<String> FIRST_STEP_KEYS = Set.of("question", "options");
    static final int TITLE_LENGTH = 200;
    static final int POINT_LENGTH = 80;
    static final int OPTION_LENGTH = 150;
    static final int TEXT_LENGTH = 5000;
    static final int MIN_POINTS = 3;
    static final int MAX_POINTS = 7;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    static final int MAX_VIGNETTES = 20;

    private final PromptMarkdown markdown = new PromptMarkdown();

    /** The set, or empty when the module has none or it has errors (then reported). */
    Optional<ParsedVignettes> read(List<ModuleFile> files, String display, List<ContentError> errors) {
        Optional<ModuleFile> yaml = files.stream().filter(f -> f.path().equals(ParsedVignettes.FILE)).findFirst();
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        int before = errors.size();
        String file = display + "/" + ParsedVignettes.FILE;
        String text = ModuleFolderReader.text(yaml.get(), display, errors);
        MappingNode root = errors.size() > before ? null : ReflectionReader.compose(text, file, "vignettes.yaml", errors);
        if (root == null) {
            return Optional.empty();
        }
        YamlNodes nodes = new YamlNodes(file, errors);
        ModuleDescriptorReader.checkKeys(nodes, root, KEYS, "");
        String title = nodes.text(root, "title", true, TITLE_LENGTH).orElse(null);
        String introduction = nodes.value(root, "introduction").map(n -> html(nodes, n, "introduction", file, errors))
                .orElse(null);
        Scale scale = scale(nodes, root);
        List<Vignette> vignettes = vignettes(nodes, root, file, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedVignettes(ParsedVignettes.FILE, title, introduction, scale, vignettes));
    }

    private static Scale scale(YamlNodes nodes, MappingNode root) {
        Optional<Node> node = nodes.value(root, "scale");
        if (node.isEmpty()) {
            nodes.error(root, "missing required field 'scale' (its question and points, from low to high)");
            return null;
        }
        if (!(node.get() instanceof MappingNode scale)) {
            nodes.error(node.get(), "'scale' must be a block with 'question' and 'points'");
            return null;
        }
        ModuleDescriptorReader.checkKeys(nodes, scale, SCALE_KEYS, "scale ");
        String question = nodes.text(scale, "question", true, TITLE_LENGTH).orElse(null);
        List<String> points = labels(nodes, scale, "points", MIN_POINTS, MAX_POINTS, POINT_LENGTH);
        return new Scale(question, points);
    }

    private List<Vignette> vignettes(YamlNodes nodes, MappingNode root, String file, List<ContentError> errors) {
        Optional<Node> node = nodes.value(root, "vignettes");
        if (node.isEmpty()) {
            nodes.error(root, "missing required field 'vignettes' (the list of cases)");
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            nodes.error(node.get(), "'vignettes' must be a list of cases with key, title, case and reasoning");
            return List.of();
        }
        if (sequence.getValue().size() > MAX_VIGNETTES) {
            nodes.error(node.get(), "at most " + MAX_VIGNETTES + " vignettes in a set, found " + sequence.getValue().size());
        }
        List<Vignette> vignettes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node element : sequence.getValue()) {
            if (!(element instanceof MappingNode vignette)) {
                nodes.error(element, "each vignette must be a block with key, title, case and reasoning");
                continue;
            }
            ModuleDescriptorReader.checkKeys(nodes, vignette, VIGNETTE_KEYS, "vignette ");
            String key = key(nodes, vignette, keys);
            String title = nodes.text(vignette, "title", true, TITLE_LENGTH).orElse(null);
            String caseHtml = required(nodes, vignette, "case", file, errors);
            FirstStep firstStep = nodes.value(vignette, "firstStep").map(n -> firstStep(nodes, n)).orElse(null);
            String reasoning = required(nodes, vignette, "reasoning", file, errors);
            vignettes.add(new Vignette(key, title, caseHtml, firstStep, reasoning));
        }
        return vignettes;
    }

    private static FirstStep firstStep(YamlNodes nodes, Node node) {
        if (!(node instanceof MappingNode block)) {
            nodes.error(node, "'firstStep' must be a block with 'options' (and optionally 'question')");
            return null;
        }
        ModuleDescriptorReader.checkKeys(nodes, block, FIRST_STEP_KEYS, "firstStep ");
        String question = nodes.text(block, "question", false, TITLE_LENGTH)
                .orElse(ParsedVignettes.DEFAULT_FIRST_STEP_QUESTION);
        return new FirstStep(question, labels(nodes, block, "options", MIN_OPTIONS, MAX_OPTIONS, OPTION_LENGTH));
    }

    /** Scale points and first-step options: a short list of different, short texts. */
    private static List<String> labels(YamlNodes nodes, MappingNode block, String key, int min, int max, int length) {
        List<ScalarNode> items = nodes.list(block, key, true);
        Optional<Node> list = nodes.value(block, key);
        if (list.isPresent() && list.get() instanceof SequenceNode sequence
                && (sequence.getValue().size() < min || sequence.getValue().size() > max)) {
            nodes.error(list.get(), "'" + key + "' needs " + min + " to " + max + " entries, found "
                    + sequence.getValue().size());
        }
        List<String> labels = new ArrayList<>();
        for (ScalarNode item : items) {
            nodes.scalar(item, key + "' entry '" + item.getValue().trim(), length).ifPresent(label -> {
                if (labels.contains(label)) {
                    nodes.error(item, "'" + label + "' appears twice in '" + key + "'; entries must differ");
                }
                labels.add(label);
            });
        }
        return labels;
    }

    private String required(YamlNodes nodes, MappingNode vignette, String key, String file, List<ContentError> errors) {
        Optional<Node> node = nodes.value(vignette, key);
        if (node.isEmpty()) {
            nodes.error(vignette, "missing required field '" + key + "'");
            return null;
        }
        return html(nodes, node.get(), key, file, errors);
    }

    private String html(YamlNodes nodes, Node node, String what, String file, List<ContentError> errors) {
        Optional<String> text = nodes.scalar(node, what, TEXT_LENGTH);
        // A block scalar (">-", "|-") starts on the line after its indicator.
        int firstLine = YamlNodes.line(node) + (node instanceof ScalarNode s && s.getScalarStyle().getChar() != null
                && (s.getScalarStyle().getChar() == '>' || s.getScalarStyle().getChar() == '|') ? 1 : 0);
        return text.map(t -> markdown.render(t, file, firstLine, what, errors)).orElse(null);
    }

    /** A key names stored answers, so it must be plain and unique within the set. */
    private static String key(YamlNodes nodes, MappingNode block, Set<String> seen) {
        Optional<String> key = nodes.text(block, "key", true, 50);
        if (key.isPresent()) {
            Node node = nodes.value(block, "key").orElseThrow();
            if (!ReflectionSettingsReader.KEY.matcher(key.get()).matches()) {
                nodes.error(node, "'key' may contain only lower-case letters, digits and hyphens, was '" + key.get() + "'");
            } else if (!seen.add(key.get())) {
                nodes.error(node, "vignette key '" + key.get() + "' is used twice; keys must be unique");
            }
        }
        return key.orElse(null);
    }
}
