package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import static nl.leerwerkplaats.catalog.control.LessonReaderTest.attributeValues;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.DEFAULT_LESSON;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.DEFAULT_LESSON_TITLE;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.lessonText;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleFolderReaderTest {

    private static final String DISPLAY = "modules-content/m1";
    private static final String REFLECTION_YAML = "title: \"Wat zie je?\"\ntemplate: skj\n";
    private static final String REFLECTION_PROMPT = "# Wat zie je?\n\nBeschrijf een situatie uit je stage.\n";
    private static final byte[] NOT_UTF_8 = {'#', ' ', 'T', 'i', 't', 'e', 'l', ' ', (byte) 0xC3, 0x28, '\n'};

    @TempDir
    Path contentDir;

    private final ModuleFolderReader reader = new ModuleFolderReader();
    private final List<ContentError> errors = new ArrayList<>();

    private Optional<ParsedModule> read(ModuleFolderBuilder module) {
        return reader.read(module.writeTo(contentDir), DISPLAY, errors);
    }

    private ParsedModule valid(ModuleFolderBuilder module) {
        Optional<ParsedModule> parsed = read(module);
        assertTrue(errors.isEmpty(), errors::toString);
        return parsed.orElseThrow();
    }

    private ContentError onlyError(ModuleFolderBuilder module) {
        Optional<ParsedModule> parsed = read(module);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        assertTrue(parsed.isEmpty(), "a module with an error is skipped");
        return errors.get(0);
    }

    private static ModuleFolderBuilder m1() {
        return module("m1");
    }

    @Test
    @DisplayName("R1: a valid folder gives its lessons in listed order, its quizzes, reflections and files")
    void validModuleFolder() {
        ParsedModule module = valid(m1()
                .lesson("03-afsluiting.md", lessonText("Afsluiting"))
                .lesson("02-begrippen.md", lessonText("Begrippen", "![Schema](../images/schema.png)"))
                .image("schema.png")
                .file("quizzes/toets-1.gift", "::V1:: Vraag {=ja ~nee}\n")
                .file("reflections/casus.yaml", REFLECTION_YAML)
                .file("reflections/casus.md", REFLECTION_PROMPT));

        assertAll(
                () -> assertEquals("m1", module.id()),
                () -> assertEquals(List.of("01-introductie", "03-afsluiting", "02-begrippen"),
                        module.lessons().stream().map(ParsedLesson::id).toList()),
                () -> assertEquals(List.of(DEFAULT_LESSON_TITLE, "Afsluiting", "Begrippen"),
                        module.lessons().stream().map(ParsedLesson::title).toList()),
                () -> assertEquals(List.of("toets-1"), module.quizzes().stream().map(ParsedQuiz::id).toList()),
                () -> assertEquals("quizzes/toets-1.gift", module.quizzes().get(0).file()),
                () -> assertEquals(List.of("multichoice"),
                        module.quizzes().get(0).questions().stream().map(q -> q.type()).toList()),
                () -> assertEquals(List.of("casus"), module.reflections().stream().map(ParsedReflection::id).toList()),
                () -> assertEquals("Wat zie je?", module.reflections().get(0).title()),
                () -> assertEquals(List.of("technisch-instrumenteel", "normatief", "persoonlijk"),
                        module.reflections().get(0).sections().stream().map(ParsedReflection.Section::key).toList()),
                () -> assertEquals(List.of("images/schema.png", "lessons/01-introductie.md", "lessons/02-begrippen.md",
                                "lessons/03-afsluiting.md", "module.yaml", "quizzes/toets-1.gift",
                                "reflections/casus.md", "reflections/casus.yaml"),
                        module.files().stream().map(ModuleFile::path).sorted().toList()),
                () -> assertTrue(module.contentHash().matches("[0-9a-f]{64}"), module.contentHash()),
                () -> assertEquals(module.contentHash().substring(0, 12), module.version()));
    }

    @Test
    @DisplayName("R4: image and lesson links are rewritten to the module version and the lesson page")
    void linksPointIntoTheModuleVersion() {
        ParsedModule module = valid(m1()
                .lesson("02-begrippen.md", lessonText("Begrippen",
                        "![Schema](../images/schema.png) en [terug](01-introductie.md#start)"))
                .image("schema.png"));

        String html = module.lessons().get(1).html();
        assertEquals(List.of("../modules/m1/" + module.version() + "/images/schema.png"), attributeValues(html, "src"));
        assertEquals(List.of("lesson?module=m1&lesson=01-introductie#start"), attributeValues(html, "href"));
    }

    @ParameterizedTest(name = "R4: a lesson may not link to ''{0}''")
    @ValueSource(strings = {"../quizzes/toets-1.gift", "../reflections/casus.yaml", "../quizzes/",
            "../module.yaml"})
    void answersAreNeverLinkable(String target) {
        ContentError error = onlyError(m1()
                .lesson("02-begrippen.md", lessonText("Begrippen", "[De antwoorden](" + target + ")"))
                .file("quizzes/toets-1.gift", "::V1:: Vraag {=ja ~nee}\n")
                .file("reflections/casus.yaml", REFLECTION_YAML)
                .file("reflections/casus.md", REFLECTION_PROMPT));

        assertEquals(new ContentError(DISPLAY + "/lessons/02-begrippen.md", 3,
                "link '" + target + "' points to no file or lesson of this module"), error);
    }

    @Test
    @DisplayName("R2: an error in a reflection assignment makes the module invalid, with the file and line")
    void reflectionErrorSkipsTheModule() {
        ContentError error = onlyError(m1()
                .file("reflections/casus.yaml", "title: \"Wat zie je?\"\nvraag: Wat zie je?\n")
                .file("reflections/casus.md", REFLECTION_PROMPT));

        assertEquals(new ContentError(DISPLAY + "/reflections/casus.yaml", 2, "unknown field 'vraag'; expected one of "
                + "[approvalRequired, maxWords, minWords, rubric, sections, template, title]"), error);
    }

    @Test
    @DisplayName("R2: a reflection prompt without its YAML file makes the module invalid")
    void strayReflectionPromptSkipsTheModule() {
        ContentError error = onlyError(m1().file("reflections/logboek.md", "# Logboek\n"));

        assertEquals(new ContentError(DISPLAY + "/reflections/logboek.md", 1,
                "prompt without settings: add reflections/logboek.yaml with at least 'title:'"), error);
    }

    @Test
    @DisplayName("R2: a lesson listed in module.yaml but missing is an error on the line of its entry")
    void listedLessonMissing() {
        ModuleFolderBuilder module = m1().listedLesson("02-ontbreekt.md").lesson("03-slot.md", lessonText("Slot"));

        ContentError error = onlyError(module);

        assertEquals(new ContentError(DISPLAY + "/module.yaml", module.lineOf("- 02-ontbreekt.md"),
                "lesson 'lessons/02-ontbreekt.md' not found"), error);
    }

    @Test
    @DisplayName("R2: a lesson file not listed in module.yaml is an error on that file")
    void lessonFileNotListed() {
        ContentError error = onlyError(m1().unlistedLesson("09-concept.md", lessonText("Concept")));

        assertEquals(new ContentError(DISPLAY + "/lessons/09-concept.md", 1,
                "lesson file is not listed under 'lessons:' in module.yaml"), error);
    }

    @ParameterizedTest(name = "R1: stray file ''{0}''")
    @ValueSource(strings = {"notities.txt", "les.md", "lessons/concept.txt", "lessons/oud/01-oud.txt",
            "quizzes/toets.txt", "reflections/casus.json", "media/schema.png"})
    void strayFileIsAnError(String path) {
        ContentError error = onlyError(m1().file(path, "tekst"));

        assertEquals(DISPLAY + "/" + path, error.file());
        assertEquals(1, error.line());
        assertTrue(error.message().startsWith("unexpected file: a module holds module.yaml, lessons/*.md"),
                error::toString);
    }

    @Test
    @DisplayName("R1: images/ holds only image files")
    void nonImageInImagesIsAnError() {
        ContentError error = onlyError(m1().file("images/schema.pdf", "%PDF-1.7"));

        assertEquals(DISPLAY + "/images/schema.pdf", error.file());
        assertTrue(error.message().startsWith("images/ may hold only"), error::toString);
    }

    @Test
    @DisplayName("R1: README.md and hidden or editor backup files are allowed and not part of the module")
    void readmeAndHiddenFilesAreAllowed() {
        ParsedModule module = valid(m1()
                .file("README.md", "# Over deze module\n")
                .file(".DS_Store", new byte[] {0, 1, 2})
                .file("lessons/.01-introductie.md.swp", "swap")
                .file("lessons/01-introductie.md~", "backup"));

        assertEquals(List.of("README.md", "lessons/01-introductie.md", "module.yaml"),
                module.files().stream().map(ModuleFile::path).sorted().toList());
    }

    @Test
    @DisplayName("R2: a lesson that is not valid UTF-8 is an error on that file")
    void lessonNotUtf8() {
        read(m1().file("lessons/" + DEFAULT_LESSON, NOT_UTF_8));

        assertTrue(errors.contains(new ContentError(DISPLAY + "/lessons/" + DEFAULT_LESSON, 1, "file is not valid UTF-8")),
                errors::toString);
    }

    @Test
    @DisplayName("R2: a module.yaml that is not valid UTF-8 is an error on module.yaml")
    void moduleYamlNotUtf8() {
        Optional<ParsedModule> parsed = read(m1().file("module.yaml", NOT_UTF_8).withoutModuleYaml());

        assertTrue(parsed.isEmpty());
        assertTrue(errors.contains(new ContentError(DISPLAY + "/module.yaml", 1, "file is not valid UTF-8")),
                errors::toString);
    }

    @Test
    @DisplayName("R1: a UTF-8 byte order mark before the title does not hide the title")
    void byteOrderMarkIsIgnored() {
        ParsedModule module = valid(m1().lesson("02-begrippen.md", "\uFEFF" + lessonText("Begrippen")));

        assertEquals("Begrippen", module.lessons().get(1).title());
    }

    @Test
    @DisplayName("R2: a folder without module.yaml is one error")
    void moduleYamlMissing() {
        ContentError error = onlyError(m1().withoutModuleYaml());

        assertEquals(new ContentError(DISPLAY + "/module.yaml", 1, "module.yaml is missing"), error);
    }

    @Test
    @DisplayName("R2: errors of module.yaml carry the display path and their line")
    void descriptorErrorsCarryTheDisplayPath() {
        ModuleFolderBuilder module = m1().line("summry: tikfout");

        ContentError error = onlyError(module);

        assertEquals(DISPLAY + "/module.yaml", error.file());
        assertEquals(module.lineOf("summry:"), error.line());
    }

    @Test
    @DisplayName("R2: the errors of every lesson are reported, not only the first lesson's")
    void errorsOfEveryLessonAreReported() {
        read(m1()
                .lesson("02-begrippen.md", lessonText("Begrippen", "![](../images/schema.png)"))
                .lesson("03-slot.md", "## Geen titel\n")
                .image("schema.png"));

        assertEquals(List.of(DISPLAY + "/lessons/02-begrippen.md:3", DISPLAY + "/lessons/03-slot.md:1"),
                errors.stream().map(e -> e.file() + ":" + e.line()).toList(), errors::toString);
    }

    @Test
    @DisplayName("R3: the same folder gives the same version; a changed lesson gives another")
    void versionFollowsTheContent() {
        String first = valid(m1()).contentHash();
        String again = valid(m1()).contentHash();
        String changed = valid(m1().lesson("02-nieuw.md", lessonText("Nieuw"))).contentHash();

        assertEquals(first, again);
        assertNotEquals(first, changed);
    }
}
