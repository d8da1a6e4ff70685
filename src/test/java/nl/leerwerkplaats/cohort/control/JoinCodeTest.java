package nl.leerwerkplaats.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinCodeTest {

    @Test
    @DisplayName("R1: a code is XXXX-XXXX from the alphabet, which has none of the look-alikes 0 O 1 I L 5 S 2 Z")
    void formatAndAlphabet() {
        RandomGenerator random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.generate(random);
            assertTrue(code.matches("[" + JoinCode.ALPHABET + "]{4}-[" + JoinCode.ALPHABET + "]{4}"), code);
        }
        assertEquals(27, JoinCode.ALPHABET.length());
        assertEquals(27, JoinCode.ALPHABET.chars().distinct().count(), "no character twice");
        for (char excluded : "0O1IL5S2Z".toCharArray()) {
            assertTrue(JoinCode.ALPHABET.indexOf(excluded) < 0, () -> excluded + " is a look-alike");
        }
        assertTrue(JoinCode.generate(new SecureRandom()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
    }

    @Test
    @DisplayName("R1: every character of the alphabet is used, in both halves")
    void everyCharacterIsUsed() {
        RandomGenerator random = new Random(7);
        Set<Character> first = new HashSet<>();
        Set<Character> second = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.generate(random);
            code.substring(0, 4).chars().forEach(c -> first.add((char) c));
            code.substring(5).chars().forEach(c -> second.add((char) c));
        }
        assertEquals(27, first.size());
        assertEquals(27, second.size());
    }

    @Test
    @DisplayName("R1: 10,000 generated codes have no duplicates")
    void noDuplicates() {
        RandomGenerator random = new Random(42);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(JoinCode.generate(random));
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    @DisplayName("R1: the same seed gives the same codes, so the generator alone decides")
    void deterministicForSeed() {
        assertEquals(JoinCode.generate(new Random(42)), JoinCode.generate(new Random(42)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ABCD-EFGH|ABCD-EFGH",
        "\" abcd efgh \"|ABCD-EFGH",
        "abcdefgh|ABCD-EFGH",
        "ab-cd-ef-gh|ABCD-EFGH",
        "--abcd--efgh--|ABCD-EFGH",
        "k7qm\u2013rx4h|K7QM-RX4H",
        "K 7 Q M R X 4 H|K7QM-RX4H",
        "\"\tk7qm\u00a0rx4h\n\"|K7QM-RX4H"})
    @DisplayName("R1: normalise accepts what students type: any case, spaces, missing, extra or phone-made hyphens")
    void normaliseAccepts(String typed, String canonical) {
        assertEquals(Optional.of(canonical), JoinCode.normalise(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ABCD-EFG", "ABCD-EFGHJ", "ABC", "   -  ", "ABCD-EFG0", "ABCD-EFGO", "abcd-efg1",
        "ABCD-EFGI", "abcd-efgl", "ABCD-EFG5", "ABCD-EFGS", "ABCD-EFG2", "abcd-efgz", "ABCD_EFGH", "ABCD.EFGH",
        "ÄBCD-EFGH", "ＡBCD-EFGH", "ABCD-EFGH-ABCD-EFGH"})
    @DisplayName("R1: normalise rejects wrong lengths and characters outside the alphabet, look-alikes included")
    void normaliseRejects(String typed) {
        assertEquals(Optional.empty(), JoinCode.normalise(typed));
    }

    @Test
    @DisplayName("R1: a long typed text is rejected before it is read")
    void normaliseRejectsLongInput() {
        assertEquals(Optional.empty(), JoinCode.normalise("ABCD-EFGH" + " ".repeat(100)));
    }

    @Test
    @DisplayName("R1: every generated code normalises to itself, also when typed in lower case without the hyphen")
    void generatedCodesRoundTrip() {
        RandomGenerator random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.generate(random);
            assertEquals(Optional.of(code), JoinCode.normalise(code));
            assertEquals(Optional.of(code), JoinCode.normalise(code.replace("-", "").toLowerCase()));
        }
    }
}
