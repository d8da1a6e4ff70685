package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interface texts: every key once per file (a second definition silently replaces the first, as a certificate
 * heading once replaced the e-mail confirmation page's), and Dutch and English with the same keys.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/faces", "ValidationMessages"})
    void everyKeyOnceAndInBothLanguages(String bundle) throws IOException {
        Set<String> dutch = keysOnce(RESOURCES.resolve(bundle + "_nl.properties"));
        Set<String> english = keysOnce(RESOURCES.resolve(bundle + "_en.properties"));
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertEquals(Set.of(), onlyDutch, bundle + ": keys without English");
        assertEquals(Set.of(), onlyEnglish, bundle + ": keys without Dutch");
    }

    private static Set<String> keysOnce(Path file) throws IOException {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            Integer earlier = firstLine.putIfAbsent(key, i + 1);
            if (earlier != null) {
                duplicates.add(file.getFileName() + ":" + (i + 1) + ": '" + key + "' already on line " + earlier);
            }
        }
        assertTrue(duplicates.isEmpty(), String.join("\n", duplicates));
        return new TreeSet<>(firstLine.keySet());
    }
}
