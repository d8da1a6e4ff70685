package nl.leerwerkplaats.catalog.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test data: a module folder (module.yaml, lessons, images, other files) that starts valid and is broken one
 * field or file at a time. The module.yaml it writes has a fixed layout, so tests can ask for the line of a
 * fragment with {@link #lineOf(String)} instead of counting lines by hand:
 * <pre>
 *  1 id: ID
 *  2 title: "Module ID"
 *  3 summary: "Wat deze module behandelt."
 *  4 audience:
 *  5   - hbo-student
 *  6   - professional
 *  7 studyLoadMinutes: 90
 *  8 objectives:
 *  9   - "Je legt uit wat normaliseren betekent."
 * 10 lessons:
 * 11   - 01-introductie.md
 * </pre>
 */
public final class ModuleFolderBuilder {

    public static final String DEFAULT_LESSON = "01-introductie.md";
    public static final String DEFAULT_LESSON_TITLE = "Introductie";
    /** The first bytes of a PNG file: enough for a module, which never decodes its images. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
    /** Marks the place of the generated 'lessons:' block among the fields. */
    private static final List<String> LESSONS_BLOCK = java.util.Collections.unmodifiableList(new ArrayList<>());

    private final String folderName;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<String> extraLines = new ArrayList<>();
    private final List<String> lessonEntries = new ArrayList<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private String rawYaml;
    private boolean withYaml = true;

    private ModuleFolderBuilder(String folderName) {
        this.folderName = folderName;
    }

    /** A valid module whose id equals its folder name, with one lesson. */
    public static ModuleFolderBuilder module(String id) {
        return new ModuleFolderBuilder(id)
                .field("id", id)
                .field("title", "\"Module " + id + "\"")
                .field("summary", "\"Wat deze module behandelt.\"")
                .list("audience", "hbo-student", "professional")
                .field("studyLoadMinutes", "90")
                .list("objectives", "\"Je legt uit wat normaliseren betekent.\"")
                .lessonsBlock()
                .lesson(DEFAULT_LESSON, lessonText(DEFAULT_LESSON_TITLE, "Wat normaliseren betekent."));
    }

    /** Markdown of a lesson: its title as level-1 heading, then the given blocks separated by blank lines. */
    public static String lessonText(String title, String... blocks) {
        StringBuilder text = new StringBuilder("# ").append(title).append('\n');
        for (String block : blocks) {
            text.append('\n').append(block).append('\n');
        }
        return text.toString();
    }

    /** Sets (or replaces) a top-level field as {@code key: value}; the value is written as given. */
    public ModuleFolderBuilder field(String key, String value) {
        fields.put(key, List.of(key + ": " + value));
        return this;
    }

    /** Sets (or replaces) a top-level field as a block list; no items gives {@code key: []}. */
    public ModuleFolderBuilder list(String key, String... items) {
        List<String> lines = new ArrayList<>();
        if (items.length == 0) {
            lines.add(key + ": []");
        } else {
            lines.add(key + ":");
            for (String item : items) {
                lines.add("  - " + item);
            }
        }
        fields.put(key, lines);
        return this;
    }

    public ModuleFolderBuilder prerequisites(String... moduleIds) {
        return list("prerequisites", moduleIds);
    }

    /** An accreditation block; each entry is one line inside it, such as {@code "status: geaccrediteerd"}. */
    public ModuleFolderBuilder accreditation(String... entries) {
        List<String> lines = new ArrayList<>();
        lines.add("accreditation:");
        for (String entry : entries) {
            lines.add("  " + entry);
        }
        fields.put("accreditation", lines);
        return this;
    }

    public ModuleFolderBuilder without(String key) {
        fields.remove(key);
        return this;
    }

    /** A line written as given after all fields, for typos and broken YAML. */
    public ModuleFolderBuilder line(String rawLine) {
        extraLines.add(rawLine);
        return this;
    }

    /** Replaces the generated module.yaml by this text. */
    public ModuleFolderBuilder moduleYaml(String text) {
        rawYaml = text;
        return this;
    }

    public ModuleFolderBuilder withoutModuleYaml() {
        withYaml = false;
        return this;
    }

    /** A lesson listed under 'lessons:' and written to lessons/. */
    public ModuleFolderBuilder lesson(String fileName, String markdown) {
        return listedLesson(fileName).unlistedLesson(fileName, markdown);
    }

    /** A lesson listed under 'lessons:' without a file. */
    public ModuleFolderBuilder listedLesson(String fileName) {
        lessonEntries.add(fileName);
        return this;
    }

    /** A lesson file in lessons/ that module.yaml does not list. */
    public ModuleFolderBuilder unlistedLesson(String fileName, String markdown) {
        return file("lessons/" + fileName, markdown);
    }

    /** Drops every lesson entry and lesson file, including the default lesson. */
    public ModuleFolderBuilder noLessons() {
        lessonEntries.clear();
        files.keySet().removeIf(path -> path.startsWith("lessons/"));
        return this;
    }

    /** A small image in images/. */
    public ModuleFolderBuilder image(String fileName) {
        return file("images/" + fileName, PNG);
    }

    public ModuleFolderBuilder file(String relativePath, String text) {
        return file(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public ModuleFolderBuilder file(String relativePath, byte[] content) {
        files.put(relativePath, content.clone());
        return this;
    }

    public String folderName() {
        return folderName;
    }

    /** The module.yaml this builder writes. */
    public String yaml() {
        if (rawYaml != null) {
            return rawYaml;
        }
        List<String> lines = new ArrayList<>();
        fields.values().forEach(block -> lines.addAll(block == LESSONS_BLOCK ? lessonLines() : block));
        lines.addAll(extraLines);
        return String.join("\n", lines) + "\n";
    }

    /** The 1-based line of module.yaml holding the first occurrence of {@code fragment}. */
    public int lineOf(String fragment) {
        List<String> lines = yaml().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + fragment + "' is not in module.yaml:\n" + yaml());
    }

    /** The 1-based line of module.yaml holding the last occurrence of {@code fragment}. */
    public int lastLineOf(String fragment) {
        List<String> lines = yaml().lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + fragment + "' is not in module.yaml:\n" + yaml());
    }

    /** Writes the module into {@code contentDir}/folder name and returns that folder. */
    public Path writeTo(Path contentDir) {
        Path folder = contentDir.resolve(folderName);
        try {
            Files.createDirectories(folder);
            if (withYaml) {
                Files.writeString(folder.resolve("module.yaml"), yaml(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private ModuleFolderBuilder lessonsBlock() {
        fields.put("lessons", LESSONS_BLOCK);
        return this;
    }

    private List<String> lessonLines() {
        List<String> lines = new ArrayList<>();
        if (lessonEntries.isEmpty()) {
            lines.add("lessons: []");
        } else {
            lines.add("lessons:");
            lessonEntries.forEach(entry -> lines.add("  - " + entry));
        }
        return lines;
    }
}
