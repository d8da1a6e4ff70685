package nl.leerwerkplaats.catalog.control;

import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.platform.ContentError;

/** module.yaml's quizzes block: every setting, its defaults and its errors with their lines. */
class QuizSettingsReaderTest {

    private final List<ContentError> errors = new ArrayList<>();

    private ModuleDescriptor read(ModuleFolderBuilder module) {
        return new ModuleDescriptorReader().read(module.yaml(), "m1/module.yaml", "m1", errors).orElse(null);
    }

    @Test
    @DisplayName("Every setting is read")
    void readsAllSettings() {
        ModuleDescriptor descriptor = read(module("m1").line("quizzes:").line("  eindtoets:").line("    passMark: 70")
                .line("    attempts: 3").line("    timeLimitMinutes: 30").line("    shuffleQuestions: true")
                .line("    shuffleAnswers: false").line("    draw:").line("      m1/begrippen: 4")
                .line("    feedback: afterEachAnswer").line("    finalTest: true"));
        assertEquals(List.of(), errors);
        QuizSettings settings = descriptor.quizSettings("eindtoets");
        assertEquals(new QuizSettings(70, 3, 30, true, false, Map.of("m1/begrippen", 4),
                QuizSettings.Feedback.AFTER_EACH_ANSWER, true), settings);
    }

    @Test
    @DisplayName("A quiz without settings, or with only some, gets the defaults; 'unlimited' attempts is null")
    void defaults() {
        ModuleDescriptor descriptor = read(module("m1").line("quizzes:").line("  oefen:").line("    attempts: unlimited"));
        assertEquals(List.of(), errors);
        assertEquals(QuizSettings.DEFAULTS, descriptor.quizSettings("oefen"));
        assertEquals(QuizSettings.DEFAULTS, descriptor.quizSettings("not-mentioned"));
        assertNull(QuizSettings.DEFAULTS.attempts());
        assertEquals(55, QuizSettings.DEFAULTS.passMark());
        assertFalse(QuizSettings.DEFAULTS.finalTest());
        assertTrue(QuizSettings.DEFAULTS.shuffleAnswers());
    }

    @Test
    @DisplayName("Wrong values are errors on their own line")
    void errorsWithLines() {
        ModuleFolderBuilder module = module("m1").line("quizzes:").line("  eindtoets:").line("    passMark: 170")
                .line("    finalTest: ja").line("    feedback: altijd").line("    draw:").line("      m1/begrippen: nul")
                .line("    shufle: true");
        assertNull(read(module));
        assertEquals(List.of(module.lineOf("passMark"), module.lineOf("finalTest"), module.lineOf("feedback: altijd"),
                module.lineOf("m1/begrippen"), module.lineOf("shufle")).stream().sorted().toList(),
                errors.stream().map(ContentError::line).sorted().toList(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("between 0 and 100")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("unknown quiz field 'shufle'")), errors.toString());
    }

    @Test
    @DisplayName("The block must map quiz ids to settings")
    void blockShape() {
        ModuleFolderBuilder module = module("m1").line("quizzes: eindtoets");
        assertNull(read(module));
        assertEquals(module.lineOf("quizzes:"), errors.get(0).line());
    }
}
