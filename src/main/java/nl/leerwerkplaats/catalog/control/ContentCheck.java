package nl.leerwerkplaats.catalog.control;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * The content check authors run: {@code mvn -q -Pcheck-content -Dcontent.dir=PATH [-Dcontent.json=FILE]}.
 * Prints each error as {@code path:line: message} on its own line; exit status 0 when the folder is valid.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args[0] == null || args[0].isBlank()) {
            err.println("usage: ContentCheck CONTENT_DIR [JSON_FILE]");
            return 2;
        }
        String display = args[0].replaceAll("/+$", "");
        ContentReport report = new ContentFolderReader().read(Path.of(args[0]), display);
        report.errors().forEach(out::println);
        if (args.length > 1 && args[1] != null && !args[1].isBlank()) {
            try {
                writeJson(report, Path.of(args[1]));
            } catch (IOException e) {
                err.println(args[1] + ":1: cannot write the JSON file: " + e.getMessage());
                return 2;
            }
        }
        err.println("content check: " + report.modules().size() + " valid module(s), "
                + report.errors().size() + " error(s)" + (report.skippedModules().isEmpty() ? ""
                : ", skipped: " + String.join(", ", report.skippedModules())));
        return report.errors().isEmpty() ? 0 : 1;
    }

    static void writeJson(ContentReport report, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonWriter json = Jsonp.writerFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(writer)) {
            json.writeObject(ContentJson.of(report));
        }
    }
}
