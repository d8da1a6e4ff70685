package nl.leerwerkplaats.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.platform.ContentError;

/** vignettes.yaml: the scale, the cases with their first steps and reasonings, errors with file and line. */
class VignetteReaderTest {

    private static final String FILE = "m2/vignettes.yaml";
    private static final String VALID = """
            title: "Wat is ieders normaal?"
            introduction: Je beoordeelt **korte** casussen.
            scale:
              question: "Wat heeft dit kind nodig?"
              points:
                - Hoort bij gewoon opgroeien
                - Steun van de mensen om het kind heen
                - Specialistische hulp nodig
            vignettes:
              - key: mila-driftbuien
                title: "Mila (3) en haar driftbuien"
                case: >-
                  Mila krijgt **driftbuien** in de winkel.
                firstStep:
                  options:
                    - Met de ouders praten
                    - Afwachten
                reasoning: |-
                  Driftbuien horen bij deze leeftijd.
              - key: daan-een-vriend
                title: "Daan (15) heeft één vriend"
                case: Daan heeft genoeg aan één vriend.
                reasoning: Niet iedereen is graag in een groep.
            """;

    private final List<ContentError> errors = new ArrayList<>();

    private Optional<ParsedVignettes> read(String yaml) {
        return new VignetteReader().read(List.of(new ModuleFile("vignettes.yaml", "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8))), "m2", errors);
    }

    @Test
    @DisplayName("vignette R1: a valid set gives its scale, cases in order, first steps (default question) and rendered Markdown")
    void validSet() {
        ParsedVignettes set = read(VALID).orElseThrow();

        assertEquals(List.of(), errors);
        assertEquals("Wat is ieders normaal?", set.title());
        assertEquals(3, set.scale().size());
        assertEquals("Specialistische hulp nodig", set.scale().points().get(2));
        assertEquals(List.of("mila-driftbuien", "daan-een-vriend"), set.vignettes().stream().map(ParsedVignettes.Vignette::key).toList());
        ParsedVignettes.Vignette mila = set.vignette("mila-driftbuien").orElseThrow();
        assertEquals(ParsedVignettes.DEFAULT_FIRST_STEP_QUESTION, mila.firstStep().question());
        assertEquals(List.of("Met de ouders praten", "Afwachten"), mila.firstStep().options());
        assertTrue(mila.caseHtml().contains("<strong>driftbuien</strong>"), mila.caseHtml());
        assertTrue(set.introductionHtml().contains("<strong>korte</strong>"));
        assertNull(set.vignette("daan-een-vriend").orElseThrow().firstStep());
    }

    @Test
    @DisplayName("A module without vignettes.yaml has no set and no error")
    void noFile() {
        assertEquals(Optional.empty(), new VignetteReader().read(List.of(), "m2", errors));
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("vignette R1: each mistake is reported with the file, the line and what is wrong")
    @CsvSource(delimiter = '|', value = {
        "unknown key              | '    title: \"Mila (3) en haar driftbuien\"'  | '    titel: x'                      | 11 | unknown vignette field 'titel'",
        "too few points           | '    - Steun van de mensen om het kind heen' | ''                                  | 6  | 'points' needs 3 to 7 entries, found 2",
        "same key twice           | '  - key: daan-een-vriend'                  | '  - key: mila-driftbuien'          | 20 | vignette key 'mila-driftbuien' is used twice",
        "bad key                  | '  - key: daan-een-vriend'                  | '  - key: Daan_Een'                 | 20 | 'key' may contain only lower-case letters",
        "one option               | '        - Afwachten'                       | ''                                  | 16 | 'options' needs 2 to 6 entries, found 1",
        "image in the reasoning   | '    reasoning: Niet iedereen is graag in een groep.' | '    reasoning: Zie ![kaart](../images/a.png)' | 23 | a reasoning cannot show images",
        "lesson link in the case  | '    case: Daan heeft genoeg aan één vriend.' | '    case: Lees [les 1](01-les.md)' | 22 | link '01-les.md' in a case must be a web address",
    })
    void errorsNameTheLine(String name, String original, String replacement, int line, String message) {
        String yaml = VALID.replace(original + "\n", replacement.isEmpty() ? "" : replacement + "\n");
        assertTrue(!yaml.equals(VALID), "the case changes the file");

        assertEquals(Optional.empty(), read(yaml));

        assertTrue(errors.stream().anyMatch(e -> e.file().equals(FILE) && e.line() == line && e.message().contains(message)),
                "expected " + FILE + ":" + line + ": " + message + " in " + errors);
    }

    @Test
    @DisplayName("Missing scale, missing reasoning and a scale point used twice are errors")
    void requiredFields() {
        read("""
                title: Set
                vignettes:
                  - key: a
                    title: A
                    case: Een casus.
                """);
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("missing required field 'scale'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == 3 && e.message().contains("missing required field 'reasoning'")), errors.toString());
        errors.clear();
        read(VALID.replace("- Specialistische hulp nodig", "- Hoort bij gewoon opgroeien"));
        assertTrue(errors.stream().anyMatch(e -> e.line() == 8 && e.message().contains("appears twice in 'points'")), errors.toString());
    }

    @Test
    @DisplayName("vignette R1: the course content has vignette sets of at least 6 cases in M2 and M6 and at least 4 in M3")
    void shippedSets() {
        ContentReport report = new ContentFolderReader().read(Path.of("modules-content"), "modules-content");
        assertEquals(List.of(), report.errors());
        Map<String, Integer> least = Map.of("m2-wat-is-ieders-normaal", 6, "m6-normaliseren-zonder-bagatelliseren", 6,
                "m3-labels-diagnoses-en-demedicaliseren", 4);
        least.forEach((id, minimum) -> {
            ParsedModule module = report.modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            int cases = module.vignetteSet().orElseThrow(() -> new AssertionError(id + " has no vignettes")).vignettes().size();
            assertTrue(cases >= minimum, id + " has " + cases + " cases, at least " + minimum + " expected");
        });
    }
}
