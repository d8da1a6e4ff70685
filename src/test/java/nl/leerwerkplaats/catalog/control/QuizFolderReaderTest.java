package nl.leerwerkplaats.catalog.control;

import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerwerkplaats.platform.ContentError;

/** quiz R2/R4: GIFT files are checked with the module, and module.yaml's quiz settings against them. */
class QuizFolderReaderTest {

    private static final String TWO_CATEGORIES = "$CATEGORY: m1/a\n\n::A1:: Een? {=ja ~nee}\n\n::A2:: Twee? {T}\n\n"
            + "$CATEGORY: m1/b\n\n::B1:: Drie? {=ja ~nee}\n";

    @TempDir
    Path content;

    private final List<ContentError> errors = new ArrayList<>();

    private ParsedModule read(ModuleFolderBuilder module) {
        module.writeTo(content);
        return new ModuleFolderReader().read(content.resolve("m1"), "c/m1", errors).orElse(null);
    }

    @Test
    @DisplayName("quiz R4: a quiz gets its settings and questions; a draw that fits its category is fine")
    void settingsAndQuestions() {
        ParsedModule module = read(module("m1").file("quizzes/toets.gift", TWO_CATEGORIES)
                .line("quizzes:").line("  toets:").line("    passMark: 60").line("    draw:").line("      m1/a: 2"));
        assertEquals(List.of(), errors);
        ParsedQuiz quiz = module.quizzes().get(0);
        assertEquals(60, quiz.settings().passMark());
        assertEquals(3, quiz.questions().size());
    }

    @Test
    @DisplayName("quiz R2: a malformed GIFT question skips the module with path:line naming the question")
    void malformedQuestion() {
        assertEquals(null, read(module("m1").file("quizzes/toets.gift", "::Kapot:: Wat? {=ja ~nee\n")));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("c/m1/quizzes/toets.gift", errors.get(0).file());
        assertEquals(1, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("Kapot"), errors.get(0).message());
    }

    @Test
    @DisplayName("quiz R4: settings without a file, a second final test and a draw larger than its category are errors")
    void settingsChecks() {
        ModuleFolderBuilder module = module("m1").file("quizzes/toets.gift", TWO_CATEGORIES)
                .file("quizzes/oefen.gift", "::O1:: Vier? {=ja ~nee}\n")
                .line("quizzes:").line("  toets:").line("    finalTest: true").line("    draw:").line("      m1/b: 2")
                .line("  oefen:").line("    finalTest: true").line("  weg:").line("    passMark: 50");
        assertEquals(null, read(module));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == module.lineOf("  weg:")
                && e.message().contains("no quizzes/weg.gift")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == module.lineOf("  oefen:")
                && e.message().contains("second final test")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == module.lineOf("  toets:")
                && e.message().contains("draws 2 question(s) from category 'm1/b', which has 1")), errors.toString());
    }

    @Test
    @DisplayName("certificate R1: an accredited module without a final test is refused on its accreditation block")
    void accreditedModuleNeedsAFinalTest() {
        ModuleFolderBuilder module = module("m1").file("quizzes/toets.gift", TWO_CATEGORIES)
                .accreditation("register: SKJ", "status: geaccrediteerd", "activityId: \"A-1\"", "points: 4",
                        "validFrom: 2026-01-01", "validUntil: 2026-12-31");
        assertEquals(null, read(module));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(module.lineOf("register: SKJ"), errors.get(0).line(), "the first line of the block");
        assertTrue(errors.get(0).message().contains("final test"), errors.get(0).message());

        errors.clear();
        ParsedModule withFinalTest = read(module.line("quizzes:").line("  toets:").line("    finalTest: true"));
        assertEquals(List.of(), errors);
        assertTrue(withFinalTest.descriptor().accreditation().accredited());
    }
}
