package nl.leerwerkplaats.catalog.control;

import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.lessonText;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentCheckTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return ContentCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path contentDir() throws IOException {
        return Files.createDirectories(temp.resolve("modules-content"));
    }

    /** One valid module (with a quiz and a reflection) and one with two errors in one lesson. */
    private Path validAndBrokenModule() throws IOException {
        Path content = contentDir();
        module("m1-herkomst")
                .lesson("02-begrippen.md", lessonText("Begrippen"))
                .file("quizzes/toets-1.gift", "::V1:: Vraag {=ja ~nee}\n")
                .file("reflections/casus.yaml", """
                        title: "Wat zie je?"
                        sections:
                          - key: waarneming
                            title: "Waarneming"
                            question: "Wat zag je gebeuren?"
                            minWords: 60
                        maxWords: 400
                        rubric:
                          - key: onderbouwing
                            title: "Onderbouwing"
                            levels:
                              - { label: "Onvoldoende", points: 0 }
                              - { label: "Goed", points: 2, description: "Met bronnen." }
                        """)
                .file("reflections/casus.md", "# Wat zie je?\n\nBeschrijf een situatie.\n")
                .writeTo(content);
        module("m2-kapot")
                .lesson("02-fouten.md", lessonText("Fouten", "![](../images/weg.png)", "[x](javascript:alert(1))"))
                .writeTo(content);
        return content;
    }

    @Test
    @DisplayName("R5: a valid folder exits 0 and prints no error lines")
    void validFolderExitsZero() throws IOException {
        Path content = contentDir();
        module("m1-herkomst").writeTo(content);

        int status = check(content.toString());

        assertEquals(0, status, () -> out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), outLines());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 valid module(s), 0 error(s)"), err::toString);
    }

    @Test
    @DisplayName("R5: a broken folder exits 1 with one 'path:line: message' line per error")
    void brokenFolderExitsOneWithAnErrorPerLine() throws IOException {
        Path content = validAndBrokenModule();

        int status = check(content.toString());

        String lesson = content + "/m2-kapot/lessons/02-fouten.md";
        assertEquals(1, status);
        assertEquals(List.of(
                lesson + ":3: image '../images/weg.png' has no alt text: write ![what the image shows](../images/weg.png)",
                lesson + ":3: image '../images/weg.png' not found in the module folder",
                lesson + ":5: link 'javascript:alert(1)' uses 'javascript:'; only http, https and mailto are allowed"),
                outLines());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("skipped: m2-kapot"), err::toString);
    }

    @ParameterizedTest(name = "R5: error paths start with the folder as given: ''{0}''")
    @ValueSource(strings = {"", "/", "//"})
    void errorPathsStartWithTheFolderAsGiven(String suffix) throws IOException {
        Path content = validAndBrokenModule();
        // A relative path, as an author types it; the tests run in the project folder.
        String given = Path.of("").toAbsolutePath().relativize(content) + suffix;
        String expected = given.replaceAll("/+$", "") + "/m2-kapot/lessons/02-fouten.md:";

        int status = check(given);

        assertEquals(1, status);
        assertEquals(3, outLines().size(), outLines()::toString);
        assertTrue(outLines().stream().allMatch(line -> line.startsWith(expected)), () -> expected + " in " + outLines());
    }

    @Test
    @DisplayName("R5: a missing folder exits 1 with one error line")
    void missingFolderExitsOne() {
        String missing = temp.resolve("bestaat-niet").toString();

        assertEquals(1, check(missing));
        assertEquals(List.of(missing + ":1: content folder not found"), outLines());
    }

    @Test
    @DisplayName("R5: without arguments the check prints its usage and exits 2")
    void noArgumentsExitsTwo() {
        assertEquals(2, check());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: ContentCheck CONTENT_DIR [JSON_FILE]"),
                err::toString);
        assertEquals(List.of(), outLines());
    }

    @Test
    @DisplayName("R5: a blank folder argument (an unset -Dcontent.dir) exits 2")
    void blankArgumentExitsTwo() {
        assertEquals(2, check(" ", ""));
    }

    @Test
    @DisplayName("R5: the JSON file lists modules with lessons, quizzes and reflections, and every error")
    void jsonFileDescribesModulesAndErrors() throws IOException {
        Path content = validAndBrokenModule();
        Path jsonFile = temp.resolve("report/content.json");

        int status = check(content.toString(), jsonFile.toString());

        assertEquals(1, status);
        JsonObject json;
        try (Reader reader = Files.newBufferedReader(jsonFile, StandardCharsets.UTF_8)) {
            json = Json.createReader(reader).readObject();
        }
        JsonArray modules = json.getJsonArray("modules");
        assertEquals(1, modules.size(), modules::toString);
        JsonObject module = modules.getJsonObject(0);
        JsonArray lessons = module.getJsonArray("lessons");
        JsonArray errors = json.getJsonArray("errors");
        JsonObject firstError = errors.getJsonObject(0);
        assertAll(
                () -> assertEquals("m1-herkomst", module.getString("id")),
                () -> assertTrue(module.getString("version").matches("[0-9a-f]{12}"), module::toString),
                () -> assertEquals("Module m1-herkomst", module.getString("title")),
                () -> assertEquals(2, lessons.size()),
                () -> assertEquals("01-introductie", lessons.getJsonObject(0).getString("id")),
                () -> assertEquals("Introductie", lessons.getJsonObject(0).getString("title")),
                () -> assertEquals("02-begrippen", lessons.getJsonObject(1).getString("id")),
                () -> assertEquals("Begrippen", lessons.getJsonObject(1).getString("title")),
                () -> assertEquals(1, module.getJsonArray("quizzes").size()),
                () -> assertEquals("toets-1", module.getJsonArray("quizzes").getJsonObject(0).getString("id")),
                () -> assertEquals("quizzes/toets-1.gift", module.getJsonArray("quizzes").getJsonObject(0).getString("file")),
                () -> assertEquals(55, module.getJsonArray("quizzes").getJsonObject(0).getJsonObject("settings").getInt("passMark")),
                () -> assertEquals("unlimited", module.getJsonArray("quizzes").getJsonObject(0).getJsonObject("settings").getString("attempts")),
                () -> assertEquals(Json.createObjectBuilder().add("line", 1).add("type", "multichoice").add("name", "V1")
                        .add("text", "Vraag").add("generalFeedback", "").add("single", true)
                        .add("answers", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("fraction", 1.0).add("text", "ja").add("feedback", ""))
                                .add(Json.createObjectBuilder().add("fraction", 0.0).add("text", "nee").add("feedback", "")))
                        .build(), module.getJsonArray("quizzes").getJsonObject(0).getJsonArray("questions").getJsonObject(0)),
                () -> assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "casus").add("file", "reflections/casus.yaml").add("title", "Wat zie je?")
                        .add("approvalRequired", true)
                        .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "waarneming")
                                .add("title", "Waarneming").add("question", "Wat zag je gebeuren?")
                                .add("minWords", 60).add("maxWords", 400)))
                        .add("rubric", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "onderbouwing")
                                .add("title", "Onderbouwing").add("levels", Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("label", "Onvoldoende").add("points", 0))
                                        .add(Json.createObjectBuilder().add("label", "Goed").add("points", 2)
                                                .add("description", "Met bronnen."))))))
                        .build(), module.getJsonArray("reflections")),
                () -> assertEquals(3, errors.size()),
                () -> assertEquals(content + "/m2-kapot/lessons/02-fouten.md", firstError.getString("file")),
                () -> assertEquals(3, firstError.getInt("line")),
                () -> assertTrue(firstError.getString("message").contains("has no alt text"), firstError::toString),
                () -> assertEquals(outLines(), errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("file") + ":" + e.getInt("line") + ": " + e.getString("message"))
                        .toList(), "the JSON errors are the printed errors"));
    }

    @Test
    @DisplayName("R5: the JSON of a valid folder has an empty error list")
    void jsonOfValidFolderHasNoErrors() throws IOException {
        Path content = contentDir();
        module("m1-herkomst").writeTo(content);
        Path jsonFile = temp.resolve("content.json");

        assertEquals(0, check(content.toString(), jsonFile.toString()));

        JsonObject json;
        try (Reader reader = Files.newBufferedReader(jsonFile, StandardCharsets.UTF_8)) {
            json = Json.createReader(reader).readObject();
        }
        assertEquals(List.of(), json.getJsonArray("errors"));
        assertEquals("m1-herkomst", json.getJsonArray("modules").getJsonObject(0).getString("id"));
    }

    @Test
    @DisplayName("R5: a reflection without word limits or rubric leaves those fields out of the JSON")
    void jsonLeavesOutReflectionFieldsWithoutValue() throws IOException {
        Path content = contentDir();
        module("m1-herkomst")
                .file("reflections/kort.yaml", "title: \"Wat neem je mee?\"\napprovalRequired: false\n")
                .file("reflections/kort.md", "# Wat neem je mee?\n\nSchrijf het op.\n")
                .writeTo(content);
        Path jsonFile = temp.resolve("content.json");

        assertEquals(0, check(content.toString(), jsonFile.toString()), () -> out.toString(StandardCharsets.UTF_8));

        JsonObject json;
        try (Reader reader = Files.newBufferedReader(jsonFile, StandardCharsets.UTF_8)) {
            json = Json.createReader(reader).readObject();
        }
        assertEquals(Json.createObjectBuilder().add("id", "kort").add("file", "reflections/kort.yaml")
                .add("title", "Wat neem je mee?").add("approvalRequired", false)
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "reflectie")
                        .add("title", "Reflectie").add("question", "Wat neem je mee?")))
                .build(), json.getJsonArray("modules").getJsonObject(0).getJsonArray("reflections").getJsonObject(0));
    }

    @Test
    @DisplayName("R5: the shipped modules-content folder passes the check")
    void shippedContentIsValid() {
        int status = check(Path.of("modules-content").toString());

        assertEquals(0, status, () -> "errors in modules-content:\n" + out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), outLines());
    }
}
