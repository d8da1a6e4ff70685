package nl.leerwerkplaats.catalog.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;

import nl.leerwerkplaats.platform.ContentError;

/**
 * The reflection assignments of a module folder: every {@code reflections/ID.yaml} (settings, read by
 * {@link ReflectionSettingsReader}) with its prompt {@code reflections/ID.md}. Errors name the file and line.
 */
final class ReflectionReader {

    static final String FOLDER = "reflections/";
    /** Ids end up in URLs and in stored answers, so they are kept as plain as module ids. */
    static final Pattern ID = ModuleDescriptorReader.MODULE_ID;

    private final PromptMarkdown markdown = new PromptMarkdown();

    /** @param display how the module folder is named in error messages */
    List<ParsedReflection> read(List<ModuleFile> files, String display, List<ContentError> errors) {
        List<ParsedReflection> reflections = new ArrayList<>();
        for (ModuleFile file : files) {
            String path = file.path();
            if (!path.startsWith(FOLDER)) {
                continue;
            }
            String where = display + "/" + path;
            if (path.indexOf('/', FOLDER.length()) >= 0) {
                errors.add(new ContentError(where, 1, "reflection files belong directly in reflections/, not in a subfolder"));
            } else if (path.endsWith(".yaml")) {
                reflection(file, files, display, errors).ifPresent(reflections::add);
            } else if (path.endsWith(".md") && find(files, stem(path) + ".yaml").isEmpty()) {
                errors.add(new ContentError(where, 1, "prompt without settings: add " + stem(path) + ".yaml with at least 'title:'"));
            }
        }
        // Stored files need not come back in folder order; the list must not depend on it.
        reflections.sort(Comparator.comparing(ParsedReflection::id));
        return List.copyOf(reflections);
    }

    private Optional<ParsedReflection> reflection(ModuleFile yaml, List<ModuleFile> files, String display,
                                                  List<ContentError> errors) {
        int before = errors.size();
        String file = display + "/" + yaml.path();
        String id = stem(yaml.path()).substring(FOLDER.length());
        if (!ID.matcher(id).matches()) {
            errors.add(new ContentError(file, 1, "the file name '" + id + ".yaml' may contain only lower-case letters, "
                    + "digits and single hyphens: it becomes the assignment's id"));
        }
        String text = ModuleFolderReader.text(yaml, display, errors);
        MappingNode root = errors.size() > before ? null : compose(text, file, "a reflection file", errors);
        YamlNodes nodes = new YamlNodes(file, errors);
        ReflectionSettingsReader.Settings settings = root == null ? null : ReflectionSettingsReader.read(nodes, root);
        String promptPath = stem(yaml.path()) + ".md";
        Optional<ModuleFile> prompt = find(files, promptPath);
        String html = null;
        if (prompt.isEmpty()) {
            errors.add(new ContentError(file, 1, "the prompt " + promptPath + " is missing: write the assignment there in Markdown"));
        } else {
            html = markdown.render(ModuleFolderReader.text(prompt.get(), display, errors), display + "/" + promptPath,
                    1, "prompt", errors);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedReflection(id, yaml.path(), settings.title(), html, settings.sections(),
                settings.rubric(), settings.approvalRequired()));
    }

    /** The YAML's node tree with lines, or null after reporting why it does not read as a mapping. */
    static MappingNode compose(String yaml, String file, String what, List<ContentError> errors) {
        org.yaml.snakeyaml.nodes.Node root;
        try (Reader reader = new StringReader(yaml)) {
            root = new Yaml(safeOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            // A scanner error (unclosed quote) is found lines later; the author needs the line where it began.
            boolean scanning = e.getContext() != null && e.getContext().startsWith("while scanning")
                    && e.getContextMark() != null;
            var mark = scanning ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            int quote = ModuleDescriptorReader.unclosedQuoteLine(yaml);
            errors.add(quote > 0 && quote <= line
                    ? new ContentError(file, quote, "invalid YAML: the quote opened on this line is not closed")
                    : new ContentError(file, line, "invalid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException | IOException e) {
            errors.add(new ContentError(file, 1, "invalid YAML: " + e.getMessage()));
            return null;
        }
        if (root instanceof MappingNode mapping) {
            return mapping;
        }
        errors.add(new ContentError(file, 1, what + " must be a mapping of keys such as 'title:' and 'sections:'"));
        return null;
    }

    /** No custom tags and few aliases: reflection files come from authors, not from code. */
    private static LoaderOptions safeOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        return options;
    }

    private static Optional<ModuleFile> find(List<ModuleFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    private static String stem(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }
}
