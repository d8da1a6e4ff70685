package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed values from a SnakeYAML node tree, collecting {@code path:line: message} errors instead of
 * throwing, so that one check run reports every problem of a file.
 */
final class YamlNodes {

    private final String file;
    private final List<ContentError> errors;

    YamlNodes(String file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void error(Node node, String message) {
        errors.add(new ContentError(file, node == null ? 1 : line(node), message));
    }

    Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    Optional<String> text(MappingNode mapping, String key, boolean required, int maxLength) {
        Optional<Node> node = value(mapping, key);
        if (node.isEmpty()) {
            if (required) {
                error(mapping, "missing required field '" + key + "'");
            }
            return Optional.empty();
        }
        return scalar(node.get(), key, maxLength);
    }

    Optional<String> scalar(Node node, String what, int maxLength) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "'" + what + "' must be a single text value");
            return Optional.empty();
        }
        String value = scalar.getValue().trim();
        if (value.isEmpty()) {
            error(node, "'" + what + "' must not be empty");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            error(node, "'" + what + "' is longer than " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(MappingNode mapping, String key, boolean required, int min, int max) {
        Optional<Node> node = value(mapping, key);
        if (node.isEmpty()) {
            if (required) {
                error(mapping, "missing required field '" + key + "'");
            }
            return Optional.empty();
        }
        Optional<String> text = scalar(node.get(), key, 20);
        try {
            int number = Integer.parseInt(text.orElse(""));
            if (number < min || number > max) {
                error(node.get(), "'" + key + "' must be between " + min + " and " + max + ", was " + number);
                return Optional.empty();
            }
            return Optional.of(number);
        } catch (NumberFormatException e) {
            text.ifPresent(t -> error(node.get(), "'" + key + "' must be a whole number, was '" + t + "'"));
            return Optional.empty();
        }
    }

    /** A list of text values; each element's node is returned so callers can report per-element lines. */
    List<ScalarNode> list(MappingNode mapping, String key, boolean required) {
        Optional<Node> node = value(mapping, key);
        List<ScalarNode> items = new ArrayList<>();
        if (node.isEmpty()) {
            if (required) {
                error(mapping, "missing required field '" + key + "'");
            }
            return items;
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            error(node.get(), "'" + key + "' must be a list (lines starting with '- ')");
            return items;
        }
        for (Node element : sequence.getValue()) {
            if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                items.add(scalar);
            } else {
                error(element, "each entry of '" + key + "' must be a non-empty text");
            }
        }
        if (required && items.isEmpty() && sequence.getValue().isEmpty()) {
            error(node.get(), "'" + key + "' must not be empty");
        }
        return items;
    }
}
