package nl.leerwerkplaats.catalog.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.leerwerkplaats.catalog.control.ParsedReflection.Level;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Section;
import nl.leerwerkplaats.platform.ContentError;

/** Reflection assignments: settings from reflections/ID.yaml, the prompt from ID.md, errors with their lines. */
class ReflectionReaderTest {

    private static final String YAML = "m1/reflections/casus.yaml";
    private static final String PROMPT = "# Casus\n\nBeschrijf een **situatie** uit je stage.\n";
    /** Marks the line a case expects its error on. */
    private static final String HERE = "# <-";

    private final List<ContentError> errors = new ArrayList<>();

    /** Reads files given as path, text, path, text, ... */
    private List<ParsedReflection> read(String... pathsAndTexts) {
        List<ModuleFile> files = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(file(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return new ReflectionReader().read(files, "m1", errors);
    }

    private static ModuleFile file(String path, byte[] content) {
        return new ModuleFile(path, ModuleFile.mediaTypeOf(path), content);
    }

    private ParsedReflection valid(String yaml) {
        List<ParsedReflection> reflections = read("reflections/casus.yaml", yaml, "reflections/casus.md", PROMPT);
        assertEquals(List.of(), errors);
        assertEquals(1, reflections.size());
        return reflections.get(0);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment + " not in " + text);
    }

    @Test
    @DisplayName("R1: the SKJ template gives three sections with the file's word limits; rubric and approval are read")
    void skjTemplateWithRubric() {
        ParsedReflection reflection = valid("""
                title: "Wat is voor jou normaal?"
                template: skj
                minWords: 60
                maxWords: 400
                rubric:
                  - key: onderbouwing
                    title: "Onderbouwing"
                    levels:
                      - { label: "Onvoldoende", points: 0, description: "Geen bronnen." }
                      - { label: "Voldoende", points: 1 }
                      - { label: "Goed", points: 2, description: "Bronnen verbonden met de casus." }
                  - key: perspectief
                    title: "Perspectieven"
                    levels:
                      - { label: "Onvoldoende", points: 0 }
                      - { label: "Goed", points: 3 }
                approvalRequired: false
                """);

        assertAll(
                () -> assertEquals("casus", reflection.id()),
                () -> assertEquals("reflections/casus.yaml", reflection.file()),
                () -> assertEquals("Wat is voor jou normaal?", reflection.title()),
                () -> assertEquals(List.of("technisch-instrumenteel", "normatief", "persoonlijk"),
                        reflection.sections().stream().map(Section::key).toList()),
                () -> assertEquals(List.of("Technisch-instrumenteel", "Normatief", "Persoonlijk"),
                        reflection.sections().stream().map(Section::title).toList()),
                () -> assertTrue(reflection.sections().get(1).question().contains("'normaal'"),
                        reflection.sections().get(1)::question),
                () -> assertTrue(reflection.sections().stream().allMatch(s -> s.minWords() == 60 && s.maxWords() == 400)),
                () -> assertEquals(List.of("onderbouwing", "perspectief"),
                        reflection.rubric().criteria().stream().map(ParsedReflection.Criterion::key).toList()),
                () -> assertEquals(List.of(new Level("Onvoldoende", 0, "Geen bronnen."), new Level("Voldoende", 1, null),
                        new Level("Goed", 2, "Bronnen verbonden met de casus.")), reflection.rubric().criteria().get(0).levels()),
                () -> assertEquals("Perspectieven", reflection.rubric().criteria().get(1).title()),
                () -> assertFalse(reflection.approvalRequired()));
    }

    @Test
    @DisplayName("R1: explicit sections keep their order; their own word limits win over the file's")
    void explicitSections() {
        ParsedReflection reflection = valid("""
                title: "Casus"
                minWords: 50
                maxWords: 500
                sections:
                  - key: aanpak
                    title: "Aanpak"
                    question: "Welke methoden gebruikte je?"
                    minWords: 80
                  - key: waarden-2
                    title: "Waarden"
                    question: "Welke waarden speelden mee?"
                    maxWords: 200
                """);

        assertEquals(List.of(new Section("aanpak", "Aanpak", "Welke methoden gebruikte je?", 80, 500),
                new Section("waarden-2", "Waarden", "Welke waarden speelden mee?", 50, 200)), reflection.sections());
    }

    @Test
    @DisplayName("R1: without sections one section 'Reflectie' asks the title; no limits, no rubric, approval required")
    void defaults() {
        ParsedReflection reflection = valid("title: \"Wat zie je?\"\n");

        assertAll(
                () -> assertEquals(List.of(new Section("reflectie", "Reflectie", "Wat zie je?", null, null)),
                        reflection.sections()),
                () -> assertNull(reflection.rubric()),
                () -> assertTrue(reflection.approvalRequired()));
    }

    @Test
    @DisplayName("R4: the prompt is rendered and sanitised; web links and anchors stay")
    void promptIsRenderedAndSanitised() {
        ParsedReflection reflection = read("reflections/casus.yaml", "title: Casus\n", "reflections/casus.md",
                PROMPT + "\nZie [SKJ](https://skjeugd.nl) en [boven](#casus).\n\n<script>alert(1)</script>\n").get(0);

        assertEquals(List.of(), errors);
        String html = reflection.promptHtml();
        assertTrue(html.contains("<h1 id=\"casus\">Casus</h1>"), html);
        assertTrue(html.contains("<strong>situatie</strong>"), html);
        assertTrue(html.contains("href=\"https://skjeugd.nl\""), html);
        assertFalse(html.contains("script"), html);
    }

    @ParameterizedTest(name = "R2: {0}")
    @MethodSource("invalidSettings")
    void settingsErrorIsReportedOnItsLine(String name, String yaml, String message) {
        List<ParsedReflection> reflections = read("reflections/casus.yaml", yaml, "reflections/casus.md", PROMPT);

        assertEquals(List.of(new ContentError(YAML, lineOf(yaml, HERE), message)), errors);
        assertEquals(List.of(), reflections, "a reflection with an error is left out");
    }

    static Stream<Arguments> invalidSettings() {
        String section = "sections:\n  - key: a\n    title: A\n    question: Q\n";
        String criterion = "rubric:\n  - key: a\n    title: A\n    levels:\n";
        String twoLevels = "      - { label: L, points: 0 }\n      - { label: H, points: 1 }\n";
        return Stream.of(
                Arguments.of("unknown key", "title: T\nvraag: Wat zie je?  # <-\n", "unknown field 'vraag'; expected "
                        + "one of [approvalRequired, maxWords, minWords, rubric, sections, template, title]"),
                Arguments.of("title missing", "template: skj  # <-\n", "missing required field 'title'"),
                Arguments.of("title too long", "title: " + "x".repeat(201) + "  # <-\n", "'title' is longer than 200 characters"),
                Arguments.of("unknown template", "title: T\ntemplate: ocw  # <-\n", "unknown template 'ocw'; expected one of [skj]"),
                Arguments.of("template with sections", "title: T\ntemplate: skj  # <-\n" + section,
                        "'template' and 'sections' exclude each other: a template brings its own sections"),
                Arguments.of("empty sections", "title: T\nsections: []  # <-\n",
                        "'sections' must be a list of sections with key, title and question; leave it out for one section"),
                Arguments.of("section not a block", "title: T\nsections:\n  - aanpak  # <-\n",
                        "each section must be a block with key, title and question"),
                Arguments.of("unknown section key", "title: T\n" + section + "    hint: x  # <-\n",
                        "unknown section field 'hint'; expected one of [key, maxWords, minWords, question, title]"),
                Arguments.of("section key with capitals", "title: T\nsections:\n  - key: Aanpak  # <-\n    title: A\n    question: Q\n",
                        "'key' may contain only lower-case letters, digits and hyphens, was 'Aanpak'"),
                Arguments.of("section key twice", "title: T\n" + section + "  - key: a  # <-\n    title: B\n    question: Q\n",
                        "section key 'a' is used twice; keys must be unique"),
                Arguments.of("section question missing", "title: T\nsections:\n  - key: a  # <-\n    title: A\n",
                        "missing required field 'question'"),
                Arguments.of("section title missing", "title: T\nsections:\n  - key: a  # <-\n    question: Q\n",
                        "missing required field 'title'"),
                Arguments.of("minWords zero", "title: T\nminWords: 0  # <-\n", "'minWords' must be between 1 and 5000, was 0"),
                Arguments.of("maxWords too high", "title: T\nmaxWords: 6000  # <-\n", "'maxWords' must be between 1 and 5000, was 6000"),
                Arguments.of("minWords not a number", "title: T\nminWords: veel  # <-\n", "'minWords' must be a whole number, was 'veel'"),
                Arguments.of("maxWords below minWords", "title: T\nminWords: 100\nmaxWords: 50  # <-\n",
                        "'maxWords' (50) must not be less than 'minWords' (100)"),
                Arguments.of("section maxWords below its minWords", "title: T\n" + section + "    minWords: 100\n    maxWords: 50  # <-\n",
                        "section 'a': 'maxWords' (50) must not be less than 'minWords' (100)"),
                Arguments.of("section minWords above the file's maxWords", "title: T\nmaxWords: 50\n" + section
                        + "    minWords: 100  # <-\n", "section 'a': 'maxWords' (50) must not be less than 'minWords' (100)"),
                Arguments.of("empty rubric", "title: T\nrubric: []  # <-\n",
                        "'rubric' must be a list of criteria with key, title and levels; leave it out for none"),
                Arguments.of("criterion not a block", "title: T\nrubric:\n  - onderbouwing  # <-\n",
                        "each rubric criterion must be a block with key, title and levels"),
                Arguments.of("unknown criterion key", "title: T\n" + criterion + twoLevels + "    weight: 2  # <-\n",
                        "unknown rubric criterion field 'weight'; expected one of [key, levels, title]"),
                Arguments.of("criterion key twice", "title: T\n" + criterion + twoLevels + "  - key: a  # <-\n    title: B\n"
                        + "    levels:\n" + twoLevels, "criterion key 'a' is used twice; keys must be unique"),
                Arguments.of("levels missing", "title: T\nrubric:\n  - key: a  # <-\n    title: A\n", "missing required field 'levels'"),
                Arguments.of("levels not a list", "title: T\nrubric:\n  - key: a\n    title: A\n    levels: veel  # <-\n",
                        "'levels' must be a list of levels with label, points and description, from low to high"),
                Arguments.of("one level", "title: T\n" + criterion + "      - { label: L, points: 0 }  # <-\n",
                        "a criterion needs at least 2 levels, found 1"),
                Arguments.of("points not increasing", "title: T\n" + criterion + twoLevels + "      - { label: X, points: 1 }  # <-\n",
                        "points must increase from level to level, low to high: 1 follows 1"),
                Arguments.of("negative points", "title: T\n" + criterion + "      - { label: L, points: -1 }  # <-\n"
                        + "      - { label: H, points: 1 }\n", "'points' must be between 0 and 1000, was -1"),
                Arguments.of("level label missing", "title: T\n" + criterion + "      - { label: L, points: 0 }\n"
                        + "      - { points: 1 }  # <-\n", "missing required field 'label'"),
                Arguments.of("unknown level key", "title: T\n" + criterion + "      - { label: L, points: 0 }\n"
                        + "      - { label: H, points: 1, score: 1 }  # <-\n",
                        "unknown level field 'score'; expected one of [description, label, points]"),
                Arguments.of("approvalRequired not a boolean", "title: T\napprovalRequired: ja  # <-\n",
                        "'approvalRequired' must be true or false, was 'ja'"),
                Arguments.of("unclosed quote", "title: \"Wat zie je?  # <-\napprovalRequired: true\n",
                        "invalid YAML: the quote opened on this line is not closed"),
                Arguments.of("not a mapping", "- a  # <-\n- b\n",
                        "a reflection file must be a mapping of keys such as 'title:' and 'sections:'"));
    }

    @Test
    @DisplayName("R2: a reflection without its prompt is an error on line 1 of its YAML file")
    void promptMissing() {
        assertEquals(List.of(), read("reflections/casus.yaml", "title: T\n"));
        assertEquals(List.of(new ContentError(YAML, 1,
                "the prompt reflections/casus.md is missing: write the assignment there in Markdown")), errors);
    }

    @Test
    @DisplayName("R2: a prompt without its YAML file is an error on the prompt")
    void strayPrompt() {
        read("reflections/logboek.md", PROMPT);

        assertEquals(List.of(new ContentError("m1/reflections/logboek.md", 1,
                "prompt without settings: add reflections/logboek.yaml with at least 'title:'")), errors);
    }

    @Test
    @DisplayName("R2: an empty prompt, an image or a link into the module are errors on the prompt's line")
    void promptErrors() {
        read("reflections/casus.yaml", "title: T\n", "reflections/casus.md",
                PROMPT + "\n![Schema](../images/schema.png)\n\nLees [les 1](../lessons/01-introductie.md).\n",
                "reflections/leeg.yaml", "title: T\n", "reflections/leeg.md", " \n");

        assertEquals(List.of(
                new ContentError("m1/reflections/casus.md", 5,
                        "a prompt cannot show images ('../images/schema.png'); put them in a lesson and refer to it"),
                new ContentError("m1/reflections/casus.md", 7,
                        "link '../lessons/01-introductie.md' in a prompt must be a web address (http, https or mailto)"),
                new ContentError("m1/reflections/leeg.md", 1, "the prompt is empty")), errors);
    }

    @Test
    @DisplayName("R2: a file name that cannot be an id, and files in subfolders, are errors")
    void fileNames() {
        read("reflections/Casus_1.yaml", "title: T\n", "reflections/Casus_1.md", PROMPT,
                "reflections/oud/casus.yaml", "title: T\n");

        assertEquals(List.of(
                new ContentError("m1/reflections/Casus_1.yaml", 1, "the file name 'Casus_1.yaml' may contain only "
                        + "lower-case letters, digits and single hyphens: it becomes the assignment's id"),
                new ContentError("m1/reflections/oud/casus.yaml", 1,
                        "reflection files belong directly in reflections/, not in a subfolder")), errors);
    }

    @Test
    @DisplayName("R2: a YAML file that is not UTF-8 is one error, not a cascade")
    void notUtf8() {
        List<ModuleFile> files = List.of(file("reflections/casus.yaml", new byte[] {'t', ':', ' ', (byte) 0xC3, 0x28}),
                file("reflections/casus.md", PROMPT.getBytes(StandardCharsets.UTF_8)));

        new ReflectionReader().read(files, "m1", errors);

        assertEquals(List.of(new ContentError(YAML, 1, "file is not valid UTF-8")), errors);
    }

    @Test
    @DisplayName("R2: every error of a file is reported; a broken reflection is left out, valid ones are kept in id order")
    void allErrorsAndValidOnesKept() {
        String broken = "titel: T\nminWords: 0\n";
        List<ParsedReflection> reflections = read("reflections/zz.yaml", "title: Z\n", "reflections/zz.md", PROMPT,
                "reflections/casus.yaml", broken, "reflections/casus.md", PROMPT,
                "reflections/aa.yaml", "title: A\n", "reflections/aa.md", PROMPT);

        assertEquals(List.of("aa", "zz"), reflections.stream().map(ParsedReflection::id).toList());
        assertEquals(List.of(YAML + ":1", YAML + ":1", YAML + ":2"),
                errors.stream().map(e -> e.file() + ":" + e.line()).toList(), errors::toString);
    }
}
