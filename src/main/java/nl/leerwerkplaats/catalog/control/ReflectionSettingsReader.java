package nl.leerwerkplaats.catalog.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import nl.leerwerkplaats.catalog.control.ParsedReflection.Criterion;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Level;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Rubric;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Section;

/** Reads the settings of one reflection file: title, sections (or a template), word limits, rubric, approval. */
final class ReflectionSettingsReader {

    static final Set<String> KEYS = Set.of("title", "template", "sections", "minWords", "maxWords", "rubric",
            "approvalRequired");
    static final Set<String> SECTION_KEYS = Set.of("key", "title", "question", "minWords", "maxWords");
    static final Set<String> CRITERION_KEYS = Set.of("key", "title", "levels");
    static final Set<String> LEVEL_KEYS = Set.of("label", "points", "description");
    static final Pattern KEY = Pattern.compile("[a-z0-9-]+");
    static final int MAX_WORDS = 5000;
    static final int TITLE_LENGTH = 200;
    static final int TEXT_LENGTH = 2000;

    /** The three dimensions SKJ accepts in a reflection format as proof of reflection for re-registration. */
    static final List<Section> SKJ = List.of(
            new Section("technisch-instrumenteel", "Technisch-instrumenteel", "Welke methoden, kennis en "
                    + "vaardigheden heb je ingezet, en waarom juist deze? Wat werkte, en wat zou je een volgende keer "
                    + "anders doen?", null, null),
            new Section("normatief", "Normatief", "Welke waarden, normen, professionele standaarden en belangen "
                    + "speelden een rol, en hoe heb je ze tegen elkaar afgewogen? Wie bepaalde wat hier 'normaal' of "
                    + "'goed genoeg' was?", null, null),
            new Section("persoonlijk", "Persoonlijk", "Wat raakte dit bij jou? Welke rol speelden je eigen "
                    + "achtergrond en vanzelfsprekendheden, en wat neem je mee in je verdere werk?", null, null));
    static final Map<String, List<Section>> TEMPLATES = Map.of("skj", SKJ);

    /** The settings of a reflection file; fields are null where the file has errors. */
    record Settings(String title, List<Section> sections, Rubric rubric, boolean approvalRequired) {
    }

    private ReflectionSettingsReader() {
    }

    static Settings read(YamlNodes nodes, MappingNode root) {
        ModuleDescriptorReader.checkKeys(nodes, root, KEYS, "");
        String title = nodes.text(root, "title", true, TITLE_LENGTH).orElse(null);
        Integer min = nodes.integer(root, "minWords", false, 1, MAX_WORDS).orElse(null);
        Integer max = nodes.integer(root, "maxWords", false, 1, MAX_WORDS).orElse(null);
        if (min != null && max != null && max < min) {
            nodes.error(nodes.value(root, "maxWords").orElseThrow(), tooFew(max, min));
        }
        List<Section> sections = sections(nodes, root, title, min, max);
        Rubric rubric = nodes.value(root, "rubric").map(node -> rubric(nodes, node)).orElse(null);
        return new Settings(title, sections, rubric, bool(nodes, root, "approvalRequired", true));
    }

    /** Section limits fall back to the file's minWords and maxWords, for template sections too. */
    private static List<Section> sections(YamlNodes nodes, MappingNode root, String title, Integer min, Integer max) {
        Optional<Node> template = nodes.value(root, "template");
        Optional<Node> list = nodes.value(root, "sections");
        if (template.isPresent()) {
            if (list.isPresent()) {
                nodes.error(template.get(), "'template' and 'sections' exclude each other: a template brings its own sections");
            }
            String name = nodes.scalar(template.get(), "template", 50).orElse(null);
            if (name != null && !TEMPLATES.containsKey(name)) {
                nodes.error(template.get(), "unknown template '" + name + "'; expected one of " + new TreeSet<>(TEMPLATES.keySet()));
            }
            // Map.of refuses null keys, so a template that is not text gives no sections.
            return (name == null ? List.<Section>of() : TEMPLATES.getOrDefault(name, List.of())).stream()
                    .map(s -> new Section(s.key(), s.title(), s.question(), min, max)).toList();
        }
        if (list.isEmpty()) {
            return List.of(new Section("reflectie", "Reflectie", title, min, max));
        }
        if (!(list.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            nodes.error(list.get(), "'sections' must be a list of sections with key, title and question; "
                    + "leave it out for one section");
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node element : sequence.getValue()) {
            if (!(element instanceof MappingNode section)) {
                nodes.error(element, "each section must be a block with key, title and question");
                continue;
            }
            ModuleDescriptorReader.checkKeys(nodes, section, SECTION_KEYS, "section ");
            String key = key(nodes, section, keys, "section");
            String sectionTitle = nodes.text(section, "title", true, TITLE_LENGTH).orElse(null);
            String question = nodes.text(section, "question", true, TEXT_LENGTH).orElse(null);
            Optional<Integer> ownMin = nodes.integer(section, "minWords", false, 1, MAX_WORDS);
            Optional<Integer> ownMax = nodes.integer(section, "maxWords", false, 1, MAX_WORDS);
            Integer sectionMin = ownMin.orElse(min);
            Integer sectionMax = ownMax.orElse(max);
            // Limits that only repeat the file's defaults were checked once above.
            if (sectionMin != null && sectionMax != null && sectionMax < sectionMin
                    && (ownMin.isPresent() || ownMax.isPresent())) {
                nodes.error(nodes.value(section, ownMax.isPresent() ? "maxWords" : "minWords").orElseThrow(),
                        "section '" + key + "': " + tooFew(sectionMax, sectionMin));
            }
            sections.add(new Section(key, sectionTitle, question, sectionMin, sectionMax));
        }
        return sections;
    }

    private static Rubric rubric(YamlNodes nodes, Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            nodes.error(node, "'rubric' must be a list of criteria with key, title and levels; leave it out for none");
            return null;
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node element : sequence.getValue()) {
            if (!(element instanceof MappingNode criterion)) {
                nodes.error(element, "each rubric criterion must be a block with key, title and levels");
                continue;
            }
            ModuleDescriptorReader.checkKeys(nodes, criterion, CRITERION_KEYS, "rubric criterion ");
            String key = key(nodes, criterion, keys, "criterion");
            String title = nodes.text(criterion, "title", true, TITLE_LENGTH).orElse(null);
            criteria.add(new Criterion(key, title, levels(nodes, criterion)));
        }
        return new Rubric(criteria);
    }

    private static List<Level> levels(YamlNodes nodes, MappingNode criterion) {
        Optional<Node> node = nodes.value(criterion, "levels");
        if (node.isEmpty()) {
            nodes.error(criterion, "missing required field 'levels'");
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            nodes.error(node.get(), "'levels' must be a list of levels with label, points and description, from low to high");
            return List.of();
        }
        if (sequence.getValue().size() < 2) {
            nodes.error(node.get(), "a criterion needs at least 2 levels, found " + sequence.getValue().size());
        }
        List<Level> levels = new ArrayList<>();
        Integer previous = null;
        for (Node element : sequence.getValue()) {
            if (!(element instanceof MappingNode level)) {
                nodes.error(element, "each level must be a block with label, points and description");
                continue;
            }
            ModuleDescriptorReader.checkKeys(nodes, level, LEVEL_KEYS, "level ");
            String label = nodes.text(level, "label", true, TITLE_LENGTH).orElse(null);
            Optional<Integer> points = nodes.integer(level, "points", true, 0, 1000);
            String description = nodes.text(level, "description", false, TEXT_LENGTH).orElse(null);
            if (points.isPresent() && previous != null && points.get() <= previous) {
                nodes.error(nodes.value(level, "points").orElseThrow(), "points must increase from level to level, "
                        + "low to high: " + points.get() + " follows " + previous);
            }
            previous = points.orElse(previous);
            levels.add(new Level(label, points.orElse(0), description));
        }
        return levels;
    }

    /** A key names stored answers and scores, so it must be plain and unique within its list. */
    private static String key(YamlNodes nodes, MappingNode block, Set<String> seen, String what) {
        Optional<String> key = nodes.text(block, "key", true, 50);
        if (key.isPresent()) {
            Node node = nodes.value(block, "key").orElseThrow();
            if (!KEY.matcher(key.get()).matches()) {
                nodes.error(node, "'key' may contain only lower-case letters, digits and hyphens, was '" + key.get() + "'");
            } else if (!seen.add(key.get())) {
                nodes.error(node, what + " key '" + key.get() + "' is used twice; keys must be unique");
            }
        }
        return key.orElse(null);
    }

    private static boolean bool(YamlNodes nodes, MappingNode block, String key, boolean fallback) {
        Optional<String> text = nodes.text(block, key, false, 5);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            nodes.error(nodes.value(block, key).orElseThrow(), "'" + key + "' must be true or false, was '" + text.get() + "'");
            return fallback;
        }
        return text.map(Boolean::parseBoolean).orElse(fallback);
    }

    private static String tooFew(int max, int min) {
        return "'maxWords' (" + max + ") must not be less than 'minWords' (" + min + ")";
    }
}
