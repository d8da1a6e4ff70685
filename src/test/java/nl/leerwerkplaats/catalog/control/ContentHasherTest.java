package nl.leerwerkplaats.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentHasherTest {

    private static ModuleFile file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ModuleFile file(String path, byte[] content) {
        return new ModuleFile(path, ModuleFile.mediaTypeOf(path), content);
    }

    private static List<ModuleFile> module() {
        return List.of(
                file("module.yaml", "id: m1\n"),
                file("lessons/01-intro.md", "# Intro\n"),
                file("lessons/02-begrippen.md", "# Begrippen\n"),
                file("images/schema.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff}));
    }

    @Test
    @DisplayName("R3: the hash is SHA-256 in hexadecimal")
    void hashIsSha256Hex() {
        assertTrue(ContentHasher.hash(module()).matches("[0-9a-f]{64}"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHasher.hash(List.of()),
                "no files: the SHA-256 of nothing");
    }

    @Test
    @DisplayName("R3: the same files in any order give the same hash")
    void orderDoesNotMatter() {
        List<ModuleFile> reversed = new ArrayList<>(module());
        Collections.reverse(reversed);
        List<ModuleFile> shuffled = List.of(module().get(2), module().get(0), module().get(3), module().get(1));

        String hash = ContentHasher.hash(module());

        assertEquals(hash, ContentHasher.hash(reversed));
        assertEquals(hash, ContentHasher.hash(shuffled));
    }

    @Test
    @DisplayName("R3: changing one byte of one file changes the hash")
    void oneChangedByteChangesTheHash() {
        List<ModuleFile> changed = new ArrayList<>(module());
        byte[] image = changed.get(3).content().clone();
        image[image.length - 1] = (byte) 0xfe;
        changed.set(3, file("images/schema.png", image));

        assertNotEquals(ContentHasher.hash(module()), ContentHasher.hash(changed));
    }

    @Test
    @DisplayName("R3: renaming one file changes the hash")
    void renamedFileChangesTheHash() {
        List<ModuleFile> renamed = new ArrayList<>(module());
        renamed.set(1, file("lessons/01-inleiding.md", "# Intro\n"));

        assertNotEquals(ContentHasher.hash(module()), ContentHasher.hash(renamed));
    }

    @Test
    @DisplayName("R3: adding or removing a file, even an empty one, changes the hash")
    void addedOrRemovedFileChangesTheHash() {
        List<ModuleFile> added = new ArrayList<>(module());
        added.add(file("images/leeg.png", new byte[0]));

        assertNotEquals(ContentHasher.hash(module()), ContentHasher.hash(added));
        assertNotEquals(ContentHasher.hash(module()), ContentHasher.hash(module().subList(0, 3)));
    }

    @ParameterizedTest(name = "R3: ({0},{1}) differs from ({2},{3})")
    @CsvSource({
            "ab, c, a, bc",
            "a, bc, ab, c",
            "lessons/a.md, x, lessons/a.mdx, ''",
            "a, '', '', a"})
    void pathAndContentBoundariesAreKeptApart(String path1, String content1, String path2, String content2) {
        assertNotEquals(ContentHasher.hash(List.of(file(path1, content1))),
                ContentHasher.hash(List.of(file(path2, content2))));
    }

    @Test
    @DisplayName("R3: the boundary between two files is kept apart too")
    void fileBoundariesAreKeptApart() {
        List<ModuleFile> two = List.of(file("a", "b"), file("c", "d"));
        List<ModuleFile> one = List.of(file("a", "b\u0000\u0000\u0000\u0001c\u0000\u0000\u0000\u0001d"));

        assertNotEquals(ContentHasher.hash(two), ContentHasher.hash(one));
    }
}
