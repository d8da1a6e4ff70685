package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.catalog.entity.Accreditation;
import nl.leerwerkplaats.platform.ContentError;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads module.yaml into a {@link ModuleDescriptor}, reporting every problem with its line. */
public class ModuleDescriptorReader {

    public static final Pattern MODULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> KEYS = Set.of("id", "title", "summary", "audience", "studyLoadMinutes", "objectives",
            "lessons", "prerequisites", "accreditation", "quizzes");
    static final Set<String> AUDIENCES = Set.of("hbo-student", "professional");
    static final Set<String> ACCREDITATION_KEYS = Set.of("register", "status", "activityId", "points", "validFrom",
            "validUntil");

    /**
     * @param yaml       the file's text
     * @param file       the path shown in errors
     * @param folderName the module folder's name, which the id must equal
     * @return the descriptor, or empty when there were errors (then {@code errors} says why)
     */
    public Optional<ModuleDescriptor> read(String yaml, String file, String folderName, List<ContentError> errors) {
        int before = errors.size();
        YamlNodes nodes = new YamlNodes(file, errors);
        Node root;
        try (Reader reader = new StringReader(yaml)) {
            root = new Yaml(safeOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            // A scanner error (unclosed quote) is found at the end; the author needs the line where it began.
            boolean scanning = e.getContext() != null && e.getContext().startsWith("while scanning")
                    && e.getContextMark() != null;
            var mark = scanning ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            int quote = unclosedQuoteLine(yaml);
            if (quote > 0 && quote <= line) {
                errors.add(new ContentError(file, quote, "invalid YAML: the quote opened on this line is not closed"));
            } else {
                errors.add(new ContentError(file, line, "invalid YAML: " + e.getProblem()));
            }
            return Optional.empty();
        } catch (YAMLException | java.io.IOException e) {
            errors.add(new ContentError(file, 1, "invalid YAML: " + e.getMessage()));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            errors.add(new ContentError(file, 1, "module.yaml must be a mapping of keys such as 'id:' and 'title:'"));
            return Optional.empty();
        }
        checkKeys(nodes, mapping, KEYS, "");
        Map<String, Integer> lines = new HashMap<>();
        Optional<String> id = nodes.text(mapping, "id", true, 100);
        id.ifPresent(value -> {
            Node node = nodes.value(mapping, "id").orElseThrow();
            if (!MODULE_ID.matcher(value).matches()) {
                nodes.error(node, "'id' may contain only lower-case letters, digits and single hyphens, was '" + value + "'");
            } else if (!value.equals(folderName)) {
                nodes.error(node, "'id' must equal the module folder's name '" + folderName + "', was '" + value + "'");
            }
        });
        Optional<String> title = nodes.text(mapping, "title", true, 300);
        Optional<String> summary = nodes.text(mapping, "summary", true, 2000);
        Optional<Integer> load = nodes.integer(mapping, "studyLoadMinutes", true, 1, 100_000);
        List<String> audience = new ArrayList<>();
        for (ScalarNode node : nodes.list(mapping, "audience", true)) {
            if (!AUDIENCES.contains(node.getValue().trim())) {
                nodes.error(node, "unknown audience '" + node.getValue() + "'; expected one of " + new java.util.TreeSet<>(AUDIENCES));
            }
            audience.add(node.getValue().trim());
        }
        List<String> objectives = texts(nodes.list(mapping, "objectives", true));
        List<String> lessons = lessonFiles(nodes, nodes.list(mapping, "lessons", true), lines);
        List<String> prerequisites = new ArrayList<>();
        for (ScalarNode node : nodes.list(mapping, "prerequisites", false)) {
            lines.put("prerequisites[" + prerequisites.size() + "]", YamlNodes.line(node));
            prerequisites.add(node.getValue().trim());
        }
        Accreditation accreditation = nodes.value(mapping, "accreditation")
                .map(node -> accreditation(nodes, node)).orElse(null);
        nodes.value(mapping, "accreditation").ifPresent(node -> lines.put("accreditation", YamlNodes.line(node)));
        Map<String, QuizSettings> quizzes = nodes.value(mapping, "quizzes")
                .map(node -> QuizSettingsReader.read(nodes, node, lines)).orElse(Map.of());
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ModuleDescriptor(id.orElseThrow(), title.orElseThrow(), summary.orElseThrow(),
                List.copyOf(audience), load.orElseThrow(), objectives, lessons, List.copyOf(prerequisites),
                accreditation, java.util.Collections.unmodifiableMap(quizzes), Map.copyOf(lines)));
    }

    /**
     * YAML lets a quoted value run over several lines, so a missing closing quote surfaces lines later.
     * The first line that opens a quoted value and has an odd number of quotes is where the author erred.
     */
    static int unclosedQuoteLine(String yaml) {
        String[] lines = yaml.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (UNCLOSED_QUOTE_START.matcher(line).find()
                    && line.replace("\\\"", "").chars().filter(c -> c == '"').count() % 2 == 1) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final Pattern UNCLOSED_QUOTE_START = Pattern.compile("^\\s*(-\\s+)?([\\w-]+:\\s*)?\"");

    /** Unknown and repeated keys are errors: a typo or a copy-paste must not silently lose a value. */
    static void checkKeys(YamlNodes nodes, MappingNode mapping, Set<String> allowed, String what) {
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(key)) {
                nodes.error(tuple.getKeyNode(), "unknown " + what + "field '" + key + "'; expected one of "
                        + new java.util.TreeSet<>(allowed));
            } else if (!seen.add(key)) {
                nodes.error(tuple.getKeyNode(), what + "field '" + key + "' appears more than once");
            }
        }
    }

    /** No custom tags and few aliases: module files come from authors, not from code. */
    private static LoaderOptions safeOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        return options;
    }

    private static List<String> texts(List<ScalarNode> nodes) {
        return nodes.stream().map(n -> n.getValue().trim()).toList();
    }

    private static List<String> lessonFiles(YamlNodes nodes, List<ScalarNode> entries, Map<String, Integer> lines) {
        Set<String> files = new LinkedHashSet<>();
        for (ScalarNode node : entries) {
            String file = node.getValue().trim();
            if (!file.endsWith(".md") || file.contains("/") || file.contains("\\") || file.startsWith(".")) {
                nodes.error(node, "lesson '" + file + "' must be a file name ending in .md inside lessons/");
            } else if (!files.add(file)) {
                nodes.error(node, "lesson '" + file + "' is listed twice");
            }
            lines.put("lessons:" + file, YamlNodes.line(node));
        }
        return List.copyOf(files);
    }

    private static Accreditation accreditation(YamlNodes nodes, Node node) {
        if (!(node instanceof MappingNode block)) {
            nodes.error(node, "'accreditation' must be a block with register, status, ...");
            return null;
        }
        checkKeys(nodes, block, ACCREDITATION_KEYS, "accreditation ");
        String register = nodes.text(block, "register", true, 50).orElse(null);
        String status = nodes.text(block, "status", true, 50).orElse(null);
        if (status != null && !status.equals(Accreditation.ACCREDITED) && !status.equals(Accreditation.NOT_ACCREDITED)) {
            nodes.error(nodes.value(block, "status").orElseThrow(), "accreditation status must be '"
                    + Accreditation.ACCREDITED + "' or '" + Accreditation.NOT_ACCREDITED + "', was '" + status + "'");
        }
        String activityId = nodes.text(block, "activityId", false, 100).orElse(null);
        Integer points = nodes.integer(block, "points", false, 0, 1000).orElse(null);
        LocalDate validFrom = date(nodes, block, "validFrom");
        LocalDate validUntil = date(nodes, block, "validUntil");
        if (Accreditation.ACCREDITED.equals(status)) {
            checkAccredited(nodes, block, activityId, points, validFrom, validUntil);
        }
        return new Accreditation(register, status, activityId, points, validFrom, validUntil);
    }

    /** A register awards points only for a known activity, in its accreditation window: all must be given. */
    private static void checkAccredited(YamlNodes nodes, MappingNode block, String activityId, Integer points,
                                        LocalDate validFrom, LocalDate validUntil) {
        if (activityId == null && nodes.value(block, "activityId").isEmpty()) {
            nodes.error(block, "an accredited module needs 'activityId' (the register's number of the activity)");
        }
        if (points == null && nodes.value(block, "points").isEmpty()) {
            nodes.error(block, "an accredited module needs 'points' (the points the register awards)");
        }
        if (nodes.value(block, "validFrom").isEmpty() || nodes.value(block, "validUntil").isEmpty()) {
            nodes.error(block, "an accredited module needs its accreditation window: 'validFrom' and 'validUntil'");
        } else if (validFrom != null && validUntil != null && validFrom.isAfter(validUntil)) {
            nodes.error(nodes.value(block, "validUntil").orElseThrow(), "'validUntil' (" + validUntil
                    + ") lies before 'validFrom' (" + validFrom + ")");
        }
    }

    private static LocalDate date(YamlNodes nodes, MappingNode block, String key) {
        Optional<String> text = nodes.text(block, key, false, 100);
        try {
            return text.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            nodes.error(nodes.value(block, key).orElseThrow(), "'" + key + "' must be a date like 2026-09-01");
            return null;
        }
    }
}
