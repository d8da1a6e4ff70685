package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.catalog.entity.Accreditation;
import nl.leerwerkplaats.platform.ContentError;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.DEFAULT_LESSON;
import static nl.leerwerkplaats.catalog.control.ModuleFolderBuilder.module;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleDescriptorReaderTest {

    private static final String FILE = "modules-content/m1/module.yaml";

    private final ModuleDescriptorReader reader = new ModuleDescriptorReader();
    private final List<ContentError> errors = new ArrayList<>();

    private Optional<ModuleDescriptor> read(ModuleFolderBuilder module) {
        return reader.read(module.yaml(), FILE, module.folderName(), errors);
    }

    /** Reads a module that must have exactly one error and returns it. */
    private ContentError onlyError(ModuleFolderBuilder module) {
        Optional<ModuleDescriptor> descriptor = read(module);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors + " for\n" + module.yaml());
        assertTrue(descriptor.isEmpty(), "a module.yaml with an error gives no descriptor");
        ContentError error = errors.get(0);
        assertEquals(FILE, error.file());
        return error;
    }

    private static void assertMessage(ContentError error, String... parts) {
        for (String part : parts) {
            assertTrue(error.message().contains(part), () -> "'" + part + "' missing in: " + error);
        }
    }

    @Test
    @DisplayName("R1: a valid module.yaml yields every field, with the lines of lessons and prerequisites")
    void validDescriptorYieldsEveryField() {
        ModuleFolderBuilder module = module("m2-begrippen")
                .field("title", "\"Normaliseren: begrippen\"")
                .field("summary", ">-\n  Wat betekenen normaliseren\n  en ontzorgen?")
                .field("studyLoadMinutes", "150")
                .list("objectives", "\"Je legt uit wat normaliseren is.\"", "Je herkent ontzorgen.")
                .lesson("02-ontzorgen.md", ModuleFolderBuilder.lessonText("Ontzorgen"))
                .prerequisites("m1-herkomst")
                .accreditation("register: SKJ", "status: geaccrediteerd", "activityId: \"A-2026-17\"", "points: 4",
                        "validFrom: 2026-09-01", "validUntil: 2027-08-31");

        ModuleDescriptor descriptor = read(module).orElseThrow(() -> new AssertionError(errors.toString()));

        assertTrue(errors.isEmpty(), errors::toString);
        Accreditation accreditation = descriptor.accreditation();
        assertAll(
                () -> assertEquals("m2-begrippen", descriptor.id()),
                () -> assertEquals("Normaliseren: begrippen", descriptor.title()),
                () -> assertEquals("Wat betekenen normaliseren en ontzorgen?", descriptor.summary()),
                () -> assertEquals(List.of("hbo-student", "professional"), descriptor.audience()),
                () -> assertEquals(150, descriptor.studyLoadMinutes()),
                () -> assertEquals(List.of("Je legt uit wat normaliseren is.", "Je herkent ontzorgen."),
                        descriptor.objectives()),
                () -> assertEquals(List.of(DEFAULT_LESSON, "02-ontzorgen.md"), descriptor.lessonFiles()),
                () -> assertEquals(List.of("m1-herkomst"), descriptor.prerequisites()),
                () -> assertEquals("SKJ", accreditation.register()),
                () -> assertEquals("geaccrediteerd", accreditation.status()),
                () -> assertTrue(accreditation.accredited()),
                () -> assertEquals("A-2026-17", accreditation.activityId()),
                () -> assertEquals(4, accreditation.points()),
                () -> assertEquals(LocalDate.of(2026, 9, 1), accreditation.validFrom()),
                () -> assertEquals(LocalDate.of(2027, 8, 31), accreditation.validUntil()),
                () -> assertEquals(module.lineOf("- 02-ontzorgen.md"), descriptor.lineOf("lessons:02-ontzorgen.md")),
                () -> assertEquals(module.lineOf("- m1-herkomst"), descriptor.lineOf("prerequisites[0]")));
    }

    @Test
    @DisplayName("R1: prerequisites and accreditation are optional")
    void optionalFieldsMayBeLeftOut() {
        ModuleDescriptor descriptor = read(module("m1")).orElseThrow(() -> new AssertionError(errors.toString()));

        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(List.of(), descriptor.prerequisites());
        assertNull(descriptor.accreditation());
    }

    @Test
    @DisplayName("R2: a typo in a field name ('summry') is an unknown field on its line")
    void unknownFieldIsReportedOnItsLine() {
        ModuleFolderBuilder module = module("m1").line("summry: \"Een tikfout\"");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("summry:"), error.line());
        assertMessage(error, "unknown field 'summry'", "summary");
    }

    @ParameterizedTest(name = "R2: missing ''{0}''")
    @ValueSource(strings = {"id", "title", "summary", "audience", "studyLoadMinutes", "objectives", "lessons"})
    void missingRequiredFieldIsNamed(String field) {
        ContentError error = onlyError(module("m1").without(field));

        assertEquals(1, error.line());
        assertEquals("missing required field '" + field + "'", error.message());
    }

    @Test
    @DisplayName("R2: every missing field is reported in one read, not only the first")
    void everyMissingFieldIsReported() {
        read(module("m1").moduleYaml("id: m1\n"));

        assertEquals(List.of("title", "summary", "studyLoadMinutes", "audience", "objectives", "lessons"),
                errors.stream().map(e -> e.message().replaceAll(".*'(.*)'", "$1")).toList(), errors::toString);
        assertTrue(errors.stream().allMatch(e -> e.message().startsWith("missing required field")), errors::toString);
    }

    @Test
    @DisplayName("R1: an id that differs from the folder name is an error on the id's line")
    void idMustEqualFolderName() {
        ModuleFolderBuilder module = module("m1-herkomst").field("id", "m1-begrippen");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("id: m1-begrippen"), error.line());
        assertMessage(error, "folder", "'m1-herkomst'", "'m1-begrippen'");
    }

    @ParameterizedTest(name = "R1: id ''{0}'' is rejected")
    @ValueSource(strings = {"M1-Herkomst", "m1_herkomst", "m1--herkomst", "m1-herkomst-", "m1 herkomst", "mödule"})
    void idMustBeLowerCaseWithSingleHyphens(String id) {
        ModuleFolderBuilder module = module("m1").field("id", "\"" + id + "\"");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("id:"), error.line());
        assertMessage(error, "lower-case letters, digits and single hyphens", "'" + id + "'");
    }

    @Test
    @DisplayName("R2: an unknown audience is reported on the line of that entry")
    void unknownAudienceIsReportedOnItsEntry() {
        ModuleFolderBuilder module = module("m1").list("audience", "hbo-student", "ouders");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("- ouders"), error.line());
        assertMessage(error, "unknown audience 'ouders'", "hbo-student", "professional");
    }

    @ParameterizedTest(name = "R2: studyLoadMinutes: {0}")
    @CsvSource(delimiter = '|', value = {
            "veel        | 'studyLoadMinutes' must be a whole number, was 'veel'",
            "1.5         | 'studyLoadMinutes' must be a whole number, was '1.5'",
            "0           | 'studyLoadMinutes' must be between 1 and 100000, was 0",
            "-30         | 'studyLoadMinutes' must be between 1 and 100000, was -30",
            "100001      | 'studyLoadMinutes' must be between 1 and 100000, was 100001",
            "''          | 'studyLoadMinutes' must not be empty"})
    void studyLoadMustBeAPositiveWholeNumber(String value, String message) {
        ModuleFolderBuilder module = module("m1").field("studyLoadMinutes", value);

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("studyLoadMinutes:"), error.line());
        assertEquals(message, error.message());
    }

    @ParameterizedTest(name = "R1: lesson entry ''{0}''")
    @ValueSource(strings = {"01-intro.txt", "01-intro", "sub/01-intro.md", "../01-intro.md", "sub\\01-intro.md",
            ".01-intro.md"})
    void lessonEntryMustBeAMarkdownFileNameInsideLessons(String entry) {
        ModuleFolderBuilder module = module("m1").listedLesson(entry);

        ContentError error = onlyError(module);

        assertEquals(module.lastLineOf("- " + entry), error.line(), "the entry is listed after the default lesson");
        assertEquals("lesson '" + entry + "' must be a file name ending in .md inside lessons/", error.message());
    }

    @Test
    @DisplayName("R1: a lesson listed twice is an error on its second entry")
    void lessonListedTwiceIsReportedOnSecondEntry() {
        ModuleFolderBuilder module = module("m1").lesson("02-verder.md", "# Verder\n").listedLesson(DEFAULT_LESSON);

        ContentError error = onlyError(module);

        assertEquals(module.lastLineOf("- " + DEFAULT_LESSON), error.line());
        assertTrue(error.line() > module.lineOf("- " + DEFAULT_LESSON));
        assertEquals("lesson '" + DEFAULT_LESSON + "' is listed twice", error.message());
    }

    @Test
    @DisplayName("R1: 'lessons: []' is an error: a module has at least one lesson")
    void emptyLessonListIsAnError() {
        ModuleFolderBuilder module = module("m1").noLessons();

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("lessons: []"), error.line());
        assertEquals("'lessons' must not be empty", error.message());
    }

    @Test
    @DisplayName("R1: a list field given as one text is an error on its line")
    void listFieldMustBeAList() {
        ModuleFolderBuilder module = module("m1").field("audience", "hbo-student");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("audience:"), error.line());
        assertMessage(error, "'audience' must be a list");
    }

    static Stream<Arguments> invalidYaml() {
        return Stream.of(
                Arguments.of("a key indented by one space", """
                        id: m1
                        title: Titel
                         summary: een spatie te veel
                        audience: [hbo-student]
                        """, 3),
                Arguments.of("a key indented below a quoted text", """
                        id: m1
                        title: "Titel"
                        summary: "Samenvatting"
                          studyLoadMinutes: 90
                        audience: [hbo-student]
                        """, 4),
                Arguments.of("a tab as indentation", """
                        id: m1
                        title: Titel
                        audience:
                        \t- hbo-student
                        lessons: [01-introductie.md]
                        """, 4),
                Arguments.of("a list entry below a key at the wrong level", """
                        id: m1
                        title: Titel
                        audience:
                          - hbo-student
                         - professional
                        """, 5));
    }

    @ParameterizedTest(name = "R2: invalid YAML, {0}, on line {2}")
    @MethodSource("invalidYaml")
    void invalidYamlIsReportedOnItsLine(String what, String yaml, int line) {
        ContentError error = onlyError(module("m1").moduleYaml(yaml));

        assertEquals(line, error.line(), error::toString);
        assertTrue(error.message().startsWith("invalid YAML: "), error::toString);
    }

    @ParameterizedTest(name = "R2: module.yaml ''{0}'' is not a mapping")
    @ValueSource(strings = {"", "# only a comment\n", "- id: m1\n- title: Titel\n", "m1\n"})
    void moduleYamlMustBeAMapping(String yaml) {
        ContentError error = onlyError(module("m1").moduleYaml(yaml));

        assertEquals(1, error.line());
        assertMessage(error, "must be a mapping");
    }

    @Test
    @DisplayName("R2: an accreditation status other than the two known ones is an error on its line")
    void accreditationStatusMustBeKnown() {
        ModuleFolderBuilder module = module("m1").accreditation("register: SKJ", "status: aangevraagd");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("status: aangevraagd"), error.line());
        assertMessage(error, "'geaccrediteerd'", "'niet geaccrediteerd'", "was 'aangevraagd'");
    }

    @Test
    @DisplayName("R1: 'niet geaccrediteerd' is a valid status that does not accredit")
    void notAccreditedIsValid() {
        ModuleDescriptor descriptor = read(module("m1").accreditation("register: SKJ", "status: niet geaccrediteerd"))
                .orElseThrow(() -> new AssertionError(errors.toString()));

        assertFalse(descriptor.accreditation().accredited());
    }

    @Test
    @DisplayName("R2: an accreditation without status names the missing field on the block's line")
    void accreditationStatusIsRequired() {
        ModuleFolderBuilder module = module("m1").accreditation("register: SKJ");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("register: SKJ"), error.line());
        assertEquals("missing required field 'status'", error.message());
    }

    @Test
    @DisplayName("R2: an unknown accreditation field is reported on its line")
    void unknownAccreditationField() {
        ModuleFolderBuilder module = module("m1").accreditation("register: SKJ", "status: niet geaccrediteerd", "punten: 4");

        ContentError error = onlyError(module);

        assertEquals(module.lineOf("punten: 4"), error.line());
        assertMessage(error, "unknown accreditation field 'punten'", "points");
    }

    @ParameterizedTest(name = "R2: {0}: {1}")
    @CsvSource({"validFrom, 2026-13-01", "validFrom, 01-09-2026", "validUntil, 2027-02-30", "validUntil, morgen"})
    void accreditationDateMustBeAnIsoDate(String field, String value) {
        ModuleFolderBuilder module = module("m1")
                .accreditation("register: SKJ", "status: niet geaccrediteerd", field + ": " + value);

        ContentError error = onlyError(module);

        assertEquals(module.lineOf(field + ":"), error.line());
        assertEquals("'" + field + "' must be a date like 2026-09-01", error.message());
    }

    @Test
    @DisplayName("R2: all problems of one file are reported in one read, each on its own line")
    void everyProblemIsReportedWithItsLine() {
        ModuleFolderBuilder module = module("m1")
                .list("audience", "ouders")
                .listedLesson("notities.txt")
                .line("summry: tikfout");

        read(module);

        assertEquals(List.of(module.lineOf("summry:"), module.lineOf("- ouders"), module.lineOf("- notities.txt")),
                errors.stream().map(ContentError::line).toList(), errors::toString);
    }

    @ParameterizedTest(name = "without {0}")
    @DisplayName("certificate R1: an accredited block needs activity id, points and both ends of its window")
    @ValueSource(strings = {"activityId", "points", "validFrom", "validUntil"})
    void accreditedBlockIsComplete(String missing) {
        List<String> entries = new ArrayList<>(List.of("register: SKJ", "status: geaccrediteerd",
                "activityId: \"A-2026-17\"", "points: 4", "validFrom: 2026-09-01", "validUntil: 2027-08-31"));
        entries.removeIf(entry -> entry.startsWith(missing + ":"));
        ModuleFolderBuilder module = module("m1").accreditation(entries.toArray(String[]::new));

        ContentError error = onlyError(module);

        assertMessage(error, "accredited module needs", "'" + missing + "'");
        assertEquals(module.lineOf("register: SKJ"), error.line());
    }

    @Test
    @DisplayName("certificate R1: a window that ends before it starts is refused; 'niet geaccrediteerd' needs nothing")
    void windowOrderAndNotAccredited() {
        ModuleFolderBuilder reversed = module("m1").accreditation("register: SKJ", "status: geaccrediteerd",
                "activityId: A-1", "points: 4", "validFrom: 2027-01-01", "validUntil: 2026-12-31");
        ContentError error = onlyError(reversed);
        assertMessage(error, "'validUntil' (2026-12-31) lies before 'validFrom' (2027-01-01)");
        assertEquals(reversed.lineOf("validUntil:"), error.line());

        errors.clear();
        ModuleDescriptor plain = read(module("m1").accreditation("register: SKJ", "status: niet geaccrediteerd"))
                .orElseThrow(() -> new AssertionError(errors.toString()));
        assertFalse(plain.accreditation().accredited());
    }
}
