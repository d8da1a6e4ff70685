package nl.leerwerkplaats.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds module folders for tests in a content folder: a module.yaml, lessons and images, each
 * overridable, so a test states only what matters to it.
 */
public final class ContentFolder {

    private final Path root;

    public ContentFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A valid module with the given id and lesson files, each a short lesson with a heading. */
    public Path module(String id, String... lessons) {
        StringBuilder yaml = new StringBuilder()
                .append("id: ").append(id).append('\n')
                .append("title: \"Testmodule ").append(id).append("\"\n")
                .append("summary: Een module om te testen.\n")
                .append("audience:\n  - hbo-student\n  - professional\n")
                .append("studyLoadMinutes: 30\n")
                .append("objectives:\n  - Je legt uit wat getest wordt.\n")
                .append("lessons:\n");
        for (String lesson : lessons) {
            yaml.append("  - ").append(lesson).append('\n');
            write(id + "/lessons/" + lesson, "# Les " + lesson + "\n\nTekst van de les.\n");
        }
        write(id + "/module.yaml", yaml.toString());
        return root.resolve(id);
    }

    public ContentFolder write(String relativePath, String text) {
        return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFolder write(String relativePath, byte[] bytes) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relativePath) {
        Path path = root.resolve(relativePath);
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
