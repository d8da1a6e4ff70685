package nl.leerwerkplaats.reflection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.catalog.control.ParsedReflection.Criterion;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Level;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Rubric;

/** Scoring a reviewer's rubric choices and storing them as text. */
class RubricScoreTest {

    static final Rubric RUBRIC = new Rubric(List.of(
            criterion("onderbouwing", 0, 2, 4),
            criterion("reflectie", 0, 1, 2, 3),
            criterion("taal", 1, 2)));

    static Criterion criterion(String key, int... points) {
        List<Level> levels = java.util.Arrays.stream(points)
                .mapToObj(point -> new Level("niveau " + point, point, "")).toList();
        return new Criterion(key, key, levels);
    }

    @Test
    @DisplayName("All criteria chosen: the chosen levels' points out of the highest levels' points, nothing missing")
    void complete() {
        RubricScore.Result result = RubricScore.score(RUBRIC, Map.of("onderbouwing", 2, "reflectie", 1, "taal", 0));
        assertEquals(new RubricScore.Result(4 + 1 + 1, 4 + 3 + 2, List.of()), result);
        assertTrue(result.complete());
    }

    @Test
    @DisplayName("Criteria without a choice (absent or null) are missing, in rubric order, and add no points")
    void missing() {
        Map<String, Integer> chosen = new HashMap<>();
        chosen.put("reflectie", 3);
        chosen.put("onderbouwing", null);
        RubricScore.Result result = RubricScore.score(RUBRIC, chosen);
        assertEquals(new RubricScore.Result(3, 9, List.of("onderbouwing", "taal")), result);
        assertFalse(result.complete());
        assertEquals(new RubricScore.Result(0, 9, List.of("onderbouwing", "reflectie", "taal")),
                RubricScore.score(RUBRIC, Map.of()));
    }

    @Test
    @DisplayName("The maximum takes each criterion's highest points, also when levels are not listed low to high")
    void maximumOfUnorderedLevels() {
        Rubric rubric = new Rubric(List.of(criterion("a", 5, 1), criterion("b", 0, 7, 3)));
        assertEquals(new RubricScore.Result(1 + 3, 12, List.of()), RubricScore.score(rubric, Map.of("a", 1, "b", 2)));
    }

    @Test
    @DisplayName("An empty rubric scores 0 out of 0")
    void emptyRubric() {
        assertEquals(new RubricScore.Result(0, 0, List.of()), RubricScore.score(new Rubric(List.of()), Map.of()));
    }

    @Test
    @DisplayName("A choice for a criterion the rubric lacks throws, naming the key")
    void unknownCriterion() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RubricScore.score(RUBRIC, Map.of("reflectie", 1, "spelling", 0)));
        assertTrue(thrown.getMessage().contains("spelling"), thrown.getMessage());
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {-1, 3, 100})
    @DisplayName("A level index outside the criterion's levels throws, naming the criterion and the index")
    void levelOutOfRange(int level) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RubricScore.score(RUBRIC, Map.of("onderbouwing", level)));
        assertTrue(thrown.getMessage().contains("onderbouwing"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("level " + level), thrown.getMessage());
    }

    @Test
    @DisplayName("Encoding sorts keys whatever the map's order; an empty map is the empty string")
    void encode() {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        chosen.put("reflectie", 1);
        chosen.put("onderbouwing", 2);
        chosen.put("a-1", 0);
        assertEquals("a-1=0;onderbouwing=2;reflectie=1", RubricScore.encode(chosen));
        assertEquals("", RubricScore.encode(Map.of()));
    }

    @Test
    @DisplayName("Decoding gives back the encoded choices, and encoding them again gives the same text")
    void roundTrip() {
        Map<String, Integer> chosen = Map.of("onderbouwing", 2, "reflectie", 10, "taal", 0);
        String encoded = RubricScore.encode(chosen);
        assertEquals(chosen, RubricScore.decode(encoded));
        assertEquals(encoded, RubricScore.encode(RubricScore.decode(encoded)));
        assertEquals(Map.of(), RubricScore.decode(""));
        assertEquals(List.of("a", "b"), List.copyOf(RubricScore.decode("a=1;b=0").keySet()));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {";", "a", "a=", "=1", "a=1;", ";a=1", "a=1;;b=2", "a=x", "a=-1", "a=+1", "a=01",
        "a=1=2", "a=1;a=2", "b=1;a=2", "a =1", "a=1 ", "a=1234567890", " "})
    @DisplayName("Decoding rejects anything encode does not write: missing parts, signs, leading zeros, duplicate or "
            + "unsorted keys, whitespace")
    void decodeRejects(String encoded) {
        assertThrows(IllegalArgumentException.class, () -> RubricScore.decode(encoded));
    }

    @Test
    @DisplayName("Encoding rejects what could not be decoded: keys with = ; or spaces, negative or null levels")
    void encodeRejects() {
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(Map.of("a=b", 1)));
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(Map.of("a;b", 1)));
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(Map.of("a b", 1)));
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(Map.of("", 1)));
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(Map.of("a", -1)));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThrows(IllegalArgumentException.class, () -> RubricScore.encode(withNull));
    }
}
