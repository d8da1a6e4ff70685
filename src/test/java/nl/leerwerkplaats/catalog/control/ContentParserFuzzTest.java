package nl.leerwerkplaats.catalog.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerwerkplaats.platform.ContentError;

/**
 * Random, truncated and mangled versions of a real module's files never crash the reader: each run either reads
 * the module or reports errors as "file:line: message", with no exception escaping. Seeded, so a failure names
 * the seed and the mutation that found it and can be replayed.
 */
class ContentParserFuzzTest {

    private static final Path MODULE = Path.of("modules-content", "m1-herkomst-en-begrippen");
    private static final int RUNS = 300;
    private static final String[] SYNTAX = {"---", ":", ": ", "- ", "{", "}", "[", "]", "::", "~", "=", "->", "#",
        "\t", "\n", "\r\n", "\"", "'", "|", ">", "*", "`", "```", "![", "](", "<script>", "&", "%", "\\", "\u0000",
        "\uFEFF", "é", "\uD83D\uDE00", "!!binary", "&a", "*a", "<<", "? "};

    @TempDir
    Path work;

    @Test
    @DisplayName("300 mangled copies of module 1 are read or reported, never thrown")
    void mangledModulesNeverCrashTheReader() throws IOException {
        Random seeds = new Random(20261201L);
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            Path folder = work.resolve("run-" + run).resolve(MODULE.getFileName());
            copy(MODULE, folder);
            String mutation = mutate(folder, new Random(seed));
            List<ContentError> errors = new ArrayList<>();
            try {
                new ModuleFolderReader().read(folder, "content/" + folder.getFileName(), errors);
            } catch (Throwable crash) {
                fail("seed " + seed + ", " + mutation + ": the reader threw " + crash, crash);
            }
            for (ContentError error : errors) {
                assertTrue(error.file().startsWith("content/"), "seed " + seed + ": names the file: " + error);
                assertTrue(error.line() >= 1, "seed " + seed + ": names a line: " + error);
                assertFalse(error.message().isBlank(), "seed " + seed + ": says what is wrong: " + error);
            }
        }
    }

    @Test
    @DisplayName("pathological files: deep nesting, huge lines, binary, empty")
    void pathologicalFiles() throws IOException {
        List<String> bodies = List.of("", "\u0000\u0001\u0002", ">".repeat(20_000) + " diep",
                "[".repeat(20_000), "- ".repeat(5_000) + "x", "*".repeat(50_000), "a".repeat(2_000_000),
                "{a: ".repeat(10_000), "&a [*a, *a, *a]\n" + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n".repeat(30));
        String[] files = {"module.yaml", "lessons/01-waar-komt-normaliseren-vandaan.md", "quizzes/eindtoets.gift",
            "reflections/eigen-normaal.yaml", "reflections/eigen-normaal.md"};
        int run = 0;
        for (String body : bodies) {
            for (String file : files) {
                Path folder = work.resolve("patho-" + run++).resolve(MODULE.getFileName());
                copy(MODULE, folder);
                Files.writeString(folder.resolve(file), body, StandardCharsets.UTF_8);
                List<ContentError> errors = new ArrayList<>();
                try {
                    new ModuleFolderReader().read(folder, "content/m1", errors);
                } catch (Throwable crash) {
                    fail(file + " with " + body.length() + " characters starting '" + body.substring(0,
                            Math.min(20, body.length())) + "': the reader threw " + crash, crash);
                }
            }
        }
    }

    @Test
    @DisplayName("quotes nested 20,000 deep: a content error naming file and line, not a stack overflow")
    void deepNestingIsAContentError() throws IOException {
        Path folder = work.resolve("deep").resolve(MODULE.getFileName());
        copy(MODULE, folder);
        Files.writeString(folder.resolve("lessons/01-waar-komt-normaliseren-vandaan.md"),
                "# Diep\n\nEerst gewoon.\n\n" + ">".repeat(20_000) + " diep", StandardCharsets.UTF_8);
        List<ContentError> errors = new ArrayList<>();
        assertTrue(new ModuleFolderReader().read(folder, "content/m1", errors).isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.toString().equals("content/m1/lessons/"
                + "01-waar-komt-normaliseren-vandaan.md:5: nested more than 50 levels deep (quotes or lists inside "
                + "each other)")), errors.toString());
    }

    /** Changes one file of the module at random; returns what it did, for the failure message. */
    private static String mutate(Path folder, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path file = files.get(random.nextInt(files.size()));
        byte[] bytes = Files.readAllBytes(file);
        String name = folder.relativize(file).toString();
        switch (random.nextInt(6)) {
            case 0 -> {
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                Files.write(file, java.util.Arrays.copyOf(bytes, at));
                return "truncated " + name + " at byte " + at;
            }
            case 1 -> {
                int flips = 1 + random.nextInt(20);
                for (int i = 0; i < flips && bytes.length > 0; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                Files.write(file, bytes);
                return "changed " + flips + " random bytes of " + name;
            }
            case 2 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                StringBuilder mangled = new StringBuilder(text);
                int inserts = 1 + random.nextInt(10);
                for (int i = 0; i < inserts; i++) {
                    mangled.insert(random.nextInt(mangled.length() + 1), SYNTAX[random.nextInt(SYNTAX.length)]);
                }
                Files.writeString(file, mangled, StandardCharsets.UTF_8);
                return "inserted " + inserts + " syntax characters into " + name;
            }
            case 3 -> {
                byte[] noise = new byte[random.nextInt(4096)];
                random.nextBytes(noise);
                Files.write(file, noise);
                return "replaced " + name + " by " + noise.length + " random bytes";
            }
            case 4 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(10));
                lines.subList(from, to).clear();
                Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
                return "removed lines " + (from + 1) + "-" + to + " of " + name;
            }
            default -> {
                Files.delete(file);
                return "deleted " + name;
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.sorted(Comparator.naturalOrder()).forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
