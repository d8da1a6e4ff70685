package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.lessonText;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs found by review, each kept as a test: the input that broke the reader and what it must do. */
class ContentReaderRegressionTest {
    @TempDir Path dir;

    @Test
    void percentInLinkIsAnErrorNotAnException() {
        module("m1").writeTo(dir);
        module("m2").lesson("02-b.md", lessonText("B", "Zie [100% zeker](100%.md).")).writeTo(dir);
        ContentReport report = assertDoesNotThrow(() -> new ContentFolderReader().read(dir, "c"));
        assertEquals(List.of("m1"), report.modules().stream().map(ParsedModule::id).toList());
        assertEquals(1, report.errors().size(), report.errors()::toString);
    }

    @Test
    void percentInLinkContentCheckPrintsError() {
        module("m2").lesson("02-b.md", lessonText("B", "![Schema](../images/50%.png)")).writeTo(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = assertDoesNotThrow(() -> ContentCheck.run(new String[] {dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
        assertEquals(1, status);
    }

    @Test
    void colonInFragmentIsNotAScheme() {
        List<ContentError> errors = new ArrayList<>();
        ModuleLinks links = new ModuleLinks("m1", "0123456789ab", Set.of(), Set.of("01-a.md", "02-b.md"));
        ParsedLesson lesson = new LessonReader().read("01-a.md", lessonText("A", "[stap](#stap:1) [b](02-b.md#fase:2)"),
                "p", links, errors);
        assertEquals(List.of(), errors);
        assertNotNull(lesson);
    }

    @Test
    void duplicateKeyIsAnError() {
        List<ContentError> errors = new ArrayList<>();
        ModuleFolderBuilder m = module("m1").line("title: \"Tweede titel\"");
        var d = new ModuleDescriptorReader().read(m.yaml(), "f", "m1", errors);
        assertEquals(1, errors.size(), () -> errors + " / title=" + d.map(ModuleDescriptor::title).orElse(null));
        assertEquals(m.lineOf("Tweede titel"), errors.get(0).line());
    }

    @Test
    void unclosedQuoteIsReportedOnItsLine() {
        List<ContentError> errors = new ArrayList<>();
        ModuleFolderBuilder m = module("m1").field("title", "\"Normaliseren: herkomst");
        new ModuleDescriptorReader().read(m.yaml(), "f", "m1", errors);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(m.lineOf("title:"), errors.get(0).line(), errors::toString);
    }

    @Test
    void cycleSkipsBothModules() {
        module("ma").prerequisites("mb").writeTo(dir);
        module("mb").prerequisites("ma").writeTo(dir);
        ContentReport report = new ContentFolderReader().read(dir, "c");
        assertEquals(List.of(), report.modules().stream().map(ParsedModule::id).toList(), report.errors()::toString);
        assertEquals(2, report.errors().size(), report.errors()::toString);
    }

    @Test
    void emptyTitleIsAnError() {
        List<ContentError> errors = new ArrayList<>();
        ModuleLinks links = new ModuleLinks("m1", "0123456789ab", Set.of(), Set.of("01-a.md"));
        ParsedLesson lesson = new LessonReader().read("01-a.md", "#\n\nTekst.\n", "p", links, errors);
        assertNull(lesson, () -> "title='" + lesson.title() + "'");
    }

    /** By design: the platform keeps serving a broken module's last good version, so depending on it is fine. */
    @Test
    void prerequisiteOnBrokenModuleStillLoads() {
        module("ma").line("summry: x").writeTo(dir);
        module("mb").prerequisites("ma").writeTo(dir);
        ContentReport report = new ContentFolderReader().read(dir, "c");
        assertEquals(List.of("mb"), report.modules().stream().map(ParsedModule::id).toList(), report.errors()::toString);
        assertEquals(List.of("ma"), report.skippedModules());
    }
}
