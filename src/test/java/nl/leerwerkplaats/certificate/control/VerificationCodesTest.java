package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unguessable verification codes in Crockford base32, and reading them back as people type them. */
class VerificationCodesTest {

    static final String CODE = "0123456789abcdefghjkmnpqrstvwxyz";

    /** Hands out fixed bytes, to check the encoding bit for bit. */
    static RandomGenerator bytes(byte[] fixed) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void nextBytes(byte[] target) {
                System.arraycopy(fixed, 0, target, 0, target.length);
            }
        };
    }

    /** An independent encoding: the 160 bits as a binary string, cut into 32 groups of five. */
    static String expected(byte[] bytes) {
        String bits = String.format("%160s", new BigInteger(1, bytes).toString(2)).replace(' ', '0');
        StringBuilder code = new StringBuilder();
        for (int index = 0; index < bits.length(); index += 5) {
            code.append(CODE.charAt(Integer.parseInt(bits.substring(index, index + 5), 2)));
        }
        return code.toString();
    }

    @Test
    @DisplayName("20 bytes become 32 characters, bit for bit, most significant first")
    void encoding() {
        byte[] zeros = new byte[20];
        byte[] ones = new byte[20];
        Arrays.fill(ones, (byte) 0xFF);
        assertEquals("0".repeat(32), VerificationCodes.generate(bytes(zeros)));
        assertEquals("z".repeat(32), VerificationCodes.generate(bytes(ones)));
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] some = new byte[20];
            random.nextBytes(some);
            assertEquals(expected(some), VerificationCodes.generate(bytes(some)));
        }
    }

    @Test
    @DisplayName("The first and last bit land in the first and last character")
    void edgeBits() {
        byte[] first = new byte[20];
        first[0] = (byte) 0x80;
        byte[] last = new byte[20];
        last[19] = 1;
        assertEquals("g" + "0".repeat(31), VerificationCodes.generate(bytes(first)));
        assertEquals("0".repeat(31) + "1", VerificationCodes.generate(bytes(last)));
    }

    @Test
    @DisplayName("1000 codes: all distinct, 32 alphabet characters, stored form unchanged by normalize; every "
            + "character of the alphabet occurs")
    void thousandCodes() {
        Random seeded = new Random(20260101L);
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int index = 0; index < 1000; index++) {
            String code = VerificationCodes.generate(seeded);
            assertEquals(32, code.length());
            assertEquals(Optional.of(code), VerificationCodes.normalize(code));
            code.chars().forEach(c -> seen.add((char) c));
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertEquals(32, seen.size());
        assertTrue(CODE.chars().allMatch(c -> seen.contains((char) c)));
    }

    @Test
    @DisplayName("The same seed gives the same code; another seed another")
    void seeded() {
        assertEquals(VerificationCodes.generate(new Random(1)), VerificationCodes.generate(new Random(1)));
        assertNotEquals(VerificationCodes.generate(new Random(1)), VerificationCodes.generate(new Random(2)));
    }

    @Test
    @DisplayName("Shown in 8 groups of 4, and read back from that form, in capitals too")
    void displayRoundTrip() {
        assertEquals("0123-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz", VerificationCodes.display(CODE));
        Random seeded = new Random(99);
        for (int index = 0; index < 100; index++) {
            String code = VerificationCodes.generate(seeded);
            String shown = VerificationCodes.display(code);
            assertEquals(39, shown.length());
            assertEquals(8, shown.split("-").length);
            assertEquals(Optional.of(code), VerificationCodes.normalize(shown));
            assertEquals(Optional.of(code), VerificationCodes.normalize(" " + shown.toUpperCase() + "\t"));
        }
    }

    @Test
    @DisplayName("Typed the way people type: capitals, spaces, hyphens, I/L for 1 and O for 0")
    void normalizeTyped() {
        String typed = "O123 4567 89AB CDEF GHJK MNPQ RSTV WXYZ";
        assertEquals(Optional.of(CODE), VerificationCodes.normalize(typed));
        assertEquals(Optional.of(CODE), VerificationCodes.normalize("  o-i-2-3" + CODE.substring(4) + "  "));
        assertEquals(Optional.of("1" + CODE.substring(1)), VerificationCodes.normalize("l" + CODE.substring(1)));
        assertEquals(Optional.of("1" + CODE.substring(1)), VerificationCodes.normalize("I" + CODE.substring(1)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "0123456789abcdefghjkmnpqrstvwxy",
        "0123456789abcdefghjkmnpqrstvwxyz0",
        "0123456789abcdefghjkmnpqrstvwxyu",
        "0123456789abcdefghjkmnpqrstvwxy!",
        "0123456789abcdefghjkmnpqrstvwxy_",
        "0123456789abcdefghjkmnpqrstvwxyé",
        "0123456789abcdefghjkmnpqrstvwxy\u212A",
        "0123456789abcdefghjkmnpqrstvwxy\u043e",
        "0123456789abcdefghjkmnpqrstvwxy\uFF10",
        "0123456789abcdefghjkmnpqrstvwxy\u0130",
        "0123456789abcdefghjkmnpqrstvwxy\u00A0z",
        "0123456789abcdefghjkmnpqrstvwxy.z",
        "0123456789abcdefghjkmnpqrstvwxyz/",
        "https://example.nl/0123456789abcdefghjkmnpqrstvwxyz"})
    @DisplayName("Refused: wrong length, 'u', punctuation, accented or look-alike Unicode letters and digits")
    void refused(String input) {
        assertEquals(Optional.empty(), VerificationCodes.normalize(input));
    }

    @Test
    @DisplayName("A very long input is refused without building it up")
    void longInput() {
        assertEquals(Optional.empty(), VerificationCodes.normalize("a".repeat(1_000_000)));
        assertEquals(Optional.empty(), VerificationCodes.normalize(CODE + "-".repeat(1000) + "a"));
        assertEquals(Optional.of(CODE), VerificationCodes.normalize(CODE + "-".repeat(1000)));
    }

    @Test
    @DisplayName("Only a stored code can be displayed")
    void displayRefusesOthers() {
        assertThrows(IllegalArgumentException.class, () -> VerificationCodes.display(CODE.toUpperCase()));
        assertThrows(IllegalArgumentException.class, () -> VerificationCodes.display(CODE.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> VerificationCodes.display(VerificationCodes.display(CODE)));
        assertThrows(NullPointerException.class, () -> VerificationCodes.display(null));
    }
}
