package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.lessonText;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LessonReaderTest {

    private static final String PATH = "modules-content/m1/lessons/01-intro.md";
    private static final String VERSION = "0123456789ab";

    private final ModuleLinks links = new ModuleLinks("m1", VERSION, Set.of("images/schema.png"),
            Set.of("01-intro.md", "02-begrippen.md"));
    private final LessonReader reader = new LessonReader();
    private final List<ContentError> errors = new ArrayList<>();

    private ParsedLesson read(String markdown) {
        return reader.read("01-intro.md", markdown, PATH, links, errors);
    }

    private ParsedLesson valid(String markdown) {
        ParsedLesson lesson = read(markdown);
        assertTrue(errors.isEmpty(), errors::toString);
        assertNotNull(lesson);
        return lesson;
    }

    /** Reads a lesson that must have exactly one error and returns it. */
    private ContentError onlyError(String markdown) {
        ParsedLesson lesson = read(markdown);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors + " for\n" + markdown);
        assertNull(lesson, "a lesson with an error is not returned");
        assertEquals(PATH, errors.get(0).file());
        return errors.get(0);
    }

    /** The values of an attribute in sanitised HTML, with character references decoded. */
    static List<String> attributeValues(String html, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            values.add(decode(matcher.group(1)));
        }
        return values;
    }

    private static String decode(String text) {
        Matcher reference = Pattern.compile("&#(\\d+);").matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(decoded,
                    Matcher.quoteReplacement(Character.toString(Integer.parseInt(reference.group(1)))));
        }
        reference.appendTail(decoded);
        return decoded.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Test
    @DisplayName("R1: the title is the text of the first '# ' heading, without markup")
    void titleComesFromFirstHeading() {
        String markdown = lessonText("Waar komt *normaliseren* `vandaan`?", "Een alinea met vijf woorden.");

        ParsedLesson lesson = valid(markdown);

        assertAll(
                () -> assertEquals("01-intro", lesson.id()),
                () -> assertEquals("01-intro.md", lesson.fileName()),
                () -> assertEquals("Waar komt normaliseren vandaan?", lesson.title()),
                () -> assertEquals(markdown, lesson.markdown()),
                () -> assertTrue(lesson.html().contains("<em>normaliseren</em>"), lesson.html()),
                () -> assertTrue(lesson.words() >= 5, "words: " + lesson.words()));
    }

    @ParameterizedTest(name = "R1: no level-1 heading first, error on line {1}")
    @CsvSource(delimiter = '|', value = {
            "Inleiding.\\n\\n# Titel\\n | 1",
            "## Titel\\n                | 1",
            "\\n\\n## Titel\\n          | 3",
            "''                         | 1"})
    void lessonMustStartWithLevel1Heading(String escaped, int line) {
        ContentError error = onlyError(escaped.replace("\\n", "\n"));

        assertEquals(line, error.line());
        assertEquals("a lesson must start with its title as a level-1 heading ('# Title')", error.message());
    }

    @Test
    @DisplayName("R1: a title underlined with '=' is a level-1 heading too")
    void setextTitleIsLevel1() {
        assertEquals("Waar komt normaliseren vandaan?", valid("Waar komt normaliseren vandaan?\n===\n\nTekst.\n").title());
    }

    @Test
    @DisplayName("R4: a heading that skips a level (## then ####) is an error on its line")
    void headingMustNotSkipALevel() {
        ContentError error = onlyError(lessonText("Titel", "## Deel", "Tekst.", "#### Te diep"));

        assertEquals(7, error.line());
        assertEquals("heading level 4 follows level 2; headings must not skip a level", error.message());
    }

    @Test
    @DisplayName("R4: a section heading right below the title may not start at level 3")
    void firstSectionMustBeLevel2() {
        ContentError error = onlyError(lessonText("Titel", "### Deel"));

        assertEquals(3, error.line());
        assertTrue(error.message().startsWith("heading level 3 follows level 1"), error::toString);
    }

    @Test
    @DisplayName("R4: headings may go down one level at a time and back up any number")
    void headingsMayGoBackUp() {
        valid(lessonText("Titel", "## a", "### b", "#### c", "## d", "### e"));
    }

    @Test
    @DisplayName("R4: a second level-1 heading is an error on its line")
    void onlyTheTitleIsLevel1() {
        ContentError error = onlyError(lessonText("Titel", "Tekst.", "# Nog een titel"));

        assertEquals(5, error.line());
        assertEquals("only the title may be a level-1 heading; use '##' for sections", error.message());
    }

    @Test
    @DisplayName("R4: an image without alt text is an error naming the file and the line")
    void imageWithoutAltText() {
        ContentError error = onlyError(lessonText("Titel", "Eerste regel\ntweede regel ![](../images/schema.png)"));

        assertEquals(PATH, error.file());
        assertEquals(4, error.line());
        assertTrue(error.message().startsWith("image '../images/schema.png' has no alt text"), error::toString);
    }

    @Test
    @DisplayName("R4: an image that is not in the module folder is an error")
    void imageFileMissing() {
        ContentError error = onlyError(lessonText("Titel", "![Schema](../images/ontbreekt.png)"));

        assertEquals(3, error.line());
        assertEquals("image '../images/ontbreekt.png' not found in the module folder", error.message());
    }

    @ParameterizedTest(name = "R4: image ''{0}'' is not a module file")
    @ValueSource(strings = {"http://example.org/schema.png", "https://example.org/schema.png",
            "HTTPS://example.org/schema.png", "data:image/png;base64,iVBORw0KGgo="})
    void imageMustNotBeAWebAddress(String url) {
        ContentError error = onlyError(lessonText("Titel", "![Schema](" + url + ")"));

        assertEquals(3, error.line());
        assertEquals("image '" + url + "' must be a file in the module folder, not a web address", error.message());
    }

    @ParameterizedTest(name = "R4: link ''{0}'' is refused")
    @CsvSource(delimiter = '|', value = {"javascript:alert(1) | javascript",
            "JavaScript:alert(document.cookie) | javascript", "vbscript:msgbox(1) | vbscript",
            "file:///etc/passwd | file", "data:text/html;base64,PGI+ | data"})
    void linkWithUnsafeScheme(String url, String scheme) {
        ContentError error = onlyError(lessonText("Titel", "[Klik hier](" + url + ")"));

        assertEquals(3, error.line());
        assertEquals("link '" + url + "' uses '" + scheme + ":'; only http, https and mailto are allowed",
                error.message());
    }

    @Test
    @DisplayName("R4: http, https, mailto and in-page links are kept as written")
    void safeLinksAreKept() {
        ParsedLesson lesson = valid(lessonText("Titel",
                "[a](https://www.nji.nl/normaliseren) [b](http://example.org/) [c](mailto:info@example.org) [d](#deel)"));

        assertEquals(List.of("https://www.nji.nl/normaliseren", "http://example.org/", "mailto:info@example.org",
                "#deel"), attributeValues(lesson.html(), "href"));
    }

    @ParameterizedTest(name = "R4: link ''{0}'' becomes ''{1}''")
    @CsvSource({
            "02-begrippen.md,                  lesson?module=m1&lesson=02-begrippen",
            "02-begrippen.md#ontzorgen,        lesson?module=m1&lesson=02-begrippen#ontzorgen",
            "./02-begrippen.md,                lesson?module=m1&lesson=02-begrippen",
            "../lessons/02-begrippen.md#deel,  lesson?module=m1&lesson=02-begrippen#deel",
            "../images/schema.png,             ../modules/m1/0123456789ab/images/schema.png"})
    void relativeLinksPointIntoTheModuleVersion(String target, String url) {
        ParsedLesson lesson = valid(lessonText("Titel", "Zie [de volgende les](" + target + ")."));

        assertEquals(List.of(url), attributeValues(lesson.html(), "href"));
    }

    @Test
    @DisplayName("R4: an image is served from the module version under ../modules/ID/VERSION/")
    void imageUrlPointsIntoTheModuleVersion() {
        ParsedLesson lesson = valid(lessonText("Titel", "![Schema van de vijf doelen](../images/schema.png)"));

        assertEquals(List.of("../modules/m1/" + VERSION + "/images/schema.png"), attributeValues(lesson.html(), "src"));
        assertEquals(List.of("Schema van de vijf doelen"), attributeValues(lesson.html(), "alt"));
    }

    @ParameterizedTest(name = "R4: link ''{0}'' points nowhere in the module")
    @ValueSource(strings = {"03-niet-vermeld.md", "../quizzes/toets.gift", "../reflections/opdracht.yaml",
            "../module.yaml", "../../m2/lessons/01-intro.md", "/etc/passwd", "//evil.example/pagina"})
    void linkOutsideTheModuleIsAnError(String target) {
        ContentError error = onlyError(lessonText("Titel", "[Zie](" + target + ")"));

        assertEquals(3, error.line());
        assertEquals("link '" + target + "' points to no file or lesson of this module", error.message());
    }

    @Test
    @DisplayName("R2: every problem of a lesson is reported in one read")
    void everyProblemIsReported() {
        read(lessonText("Titel", "![](../images/schema.png)", "[x](javascript:void(0))", "#### Te diep"));

        assertEquals(List.of(3, 5, 7), errors.stream().map(ContentError::line).toList(), errors::toString);
    }
}
