package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.lessonText;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderReaderTest {

    private static final String DISPLAY = "modules-content";

    @TempDir
    Path contentDir;

    private final ContentFolderReader reader = new ContentFolderReader();

    private ContentReport read() {
        return reader.read(contentDir, DISPLAY);
    }

    private static List<String> ids(ContentReport report) {
        return report.modules().stream().map(ParsedModule::id).toList();
    }

    @Test
    @DisplayName("R2: a broken module is skipped and reported, the valid one loads")
    void brokenModuleIsSkippedValidOneLoads() {
        module("m1-herkomst").writeTo(contentDir);
        ModuleFolderBuilder broken = module("m2-begrippen").line("summry: tikfout");
        broken.writeTo(contentDir);

        ContentReport report = read();

        assertEquals(List.of("m1-herkomst"), ids(report));
        assertEquals(List.of("m2-begrippen"), report.skippedModules());
        assertEquals(List.of(
                        new ContentError(DISPLAY + "/m2-begrippen/module.yaml", broken.lineOf("summry:"),
                                "unknown field 'summry'; expected one of " + new java.util.TreeSet<>(ModuleDescriptorReader.KEYS))),
                report.errors());
    }

    @Test
    @DisplayName("R2: errors of a module with valid module.yaml name the module's files, the others load")
    void lessonErrorsOfOneModuleDoNotStopTheOthers() {
        module("m1-herkomst").writeTo(contentDir);
        module("m2-begrippen").lesson("02-zonder-titel.md", "Geen titel.\n").writeTo(contentDir);
        module("m3-praktijk").writeTo(contentDir);

        ContentReport report = read();

        assertEquals(List.of("m1-herkomst", "m3-praktijk"), ids(report));
        assertEquals(List.of("m2-begrippen"), report.skippedModules());
        assertEquals(1, report.errors().size(), report.errors()::toString);
        assertEquals(DISPLAY + "/m2-begrippen/lessons/02-zonder-titel.md:1: "
                + "a lesson must start with its title as a level-1 heading ('# Title')", report.errors().get(0).toString());
    }

    @Test
    @DisplayName("R1: a module may require another module of the folder")
    void knownPrerequisiteIsValid() {
        module("m1-herkomst").writeTo(contentDir);
        module("m2-begrippen").prerequisites("m1-herkomst").writeTo(contentDir);

        ContentReport report = read();

        assertTrue(report.errors().isEmpty(), report.errors()::toString);
        assertEquals(List.of("m1-herkomst", "m2-begrippen"), ids(report));
        assertEquals(List.of("m1-herkomst"), report.modules().get(1).descriptor().prerequisites());
    }

    @Test
    @DisplayName("R2: a prerequisite that is no module of the folder is an error on its line")
    void unknownPrerequisiteIsReportedOnItsLine() {
        module("m1-herkomst").writeTo(contentDir);
        ModuleFolderBuilder m2 = module("m2-begrippen").prerequisites("m1-herkomst", "m9-bestaat-niet");
        m2.writeTo(contentDir);

        ContentReport report = read();

        assertEquals(List.of(new ContentError(DISPLAY + "/m2-begrippen/module.yaml", m2.lineOf("- m9-bestaat-niet"),
                "prerequisite 'm9-bestaat-niet' is not a module in this folder")), report.errors());
        assertEquals(List.of("m1-herkomst"), ids(report));
        assertEquals(List.of("m2-begrippen"), report.skippedModules());
    }

    @Test
    @DisplayName("R2: a module that requires itself is an error on that line")
    void selfPrerequisiteIsAnError() {
        ModuleFolderBuilder m1 = module("m1-herkomst").prerequisites("m1-herkomst");
        m1.writeTo(contentDir);

        ContentReport report = read();

        assertEquals(List.of(new ContentError(DISPLAY + "/m1-herkomst/module.yaml", m1.lineOf("- m1-herkomst"),
                "a module cannot be its own prerequisite")), report.errors());
        assertTrue(report.modules().isEmpty());
    }

    @Test
    @DisplayName("R2: a prerequisite cycle (a -> b -> a) is an error on the prerequisite's line")
    void prerequisiteCycleIsAnError() {
        ModuleFolderBuilder a = module("ma").prerequisites("mb");
        ModuleFolderBuilder b = module("mb").prerequisites("ma");
        a.writeTo(contentDir);
        b.writeTo(contentDir);

        ContentReport report = read();

        assertFalse(report.errors().isEmpty(), "a cycle must be reported");
        for (ContentError error : report.errors()) {
            ModuleFolderBuilder module = error.file().equals(DISPLAY + "/ma/module.yaml") ? a : b;
            String other = module == a ? "mb" : "ma";
            assertEquals(DISPLAY + "/" + module.folderName() + "/module.yaml", error.file());
            assertEquals(module.lineOf("- " + other), error.line());
            assertTrue(error.message().contains("must not form a cycle"), error::toString);
        }
        assertTrue(ids(report).size() < 2, "at least one module of the cycle is skipped: " + ids(report));
    }

    @Test
    @DisplayName("R2: a longer cycle (a -> b -> c -> a) is found too")
    void longerPrerequisiteCycleIsAnError() {
        module("ma").prerequisites("mb").writeTo(contentDir);
        module("mb").prerequisites("mc").writeTo(contentDir);
        module("mc").prerequisites("ma").writeTo(contentDir);

        ContentReport report = read();

        assertFalse(report.errors().isEmpty(), "a cycle must be reported");
        assertTrue(report.errors().stream().allMatch(e -> e.message().contains("must not form a cycle")),
                report.errors()::toString);
    }

    @Test
    @DisplayName("R2: a folder without any module gives no modules, no errors and no crash")
    void folderWithoutModules() throws IOException {
        Files.writeString(contentDir.resolve("README.md"), "# Modules\n");
        Files.createDirectories(contentDir.resolve(".git"));

        ContentReport report = read();

        assertEquals(new ContentReport(List.of(), List.of(), List.of()), report);
    }

    @Test
    @DisplayName("R2: a missing content folder is one error, not an exception")
    void missingContentFolder() {
        ContentReport report = reader.read(contentDir.resolve("bestaat-niet"), "content/bestaat-niet");

        assertEquals(List.of(new ContentError("content/bestaat-niet", 1, "content folder not found")), report.errors());
        assertTrue(report.modules().isEmpty());
    }

    @Test
    @DisplayName("R2: a content 'folder' that is a file is one error")
    void contentFolderIsAFile() throws IOException {
        Path file = Files.writeString(contentDir.resolve("modules.txt"), "m1\n");

        ContentReport report = reader.read(file, "modules.txt");

        assertEquals(List.of(new ContentError("modules.txt", 1, "content folder not found")), report.errors());
    }

    @Test
    @DisplayName("R1: modules come back sorted by id, whatever order the folders are listed in")
    void modulesAreSortedById() {
        for (String id : List.of("m3-praktijk", "m1-herkomst", "m2-begrippen")) {
            module(id).lesson("02-meer.md", lessonText("Meer over " + id)).writeTo(contentDir);
        }

        assertEquals(List.of("m1-herkomst", "m2-begrippen", "m3-praktijk"), ids(read()));
    }
}
