package nl.leerwerkplaats.certificate.control;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The codes by which anyone can verify a completion record. 160 random bits cannot be guessed or enumerated; Crockford
 * base32 leaves out letters that look like digits, so a code typed over from paper still reads back.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    static final int BYTES = 20;
    static final int LENGTH = BYTES * 8 / 5;
    private static final int GROUP = 4;

    private VerificationCodes() {
    }

    /** A new code: 20 random bytes as 32 base32 characters. Pass a {@code SecureRandom}; tests pass a seeded one. */
    public static String generate(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                code.append(ALPHABET.charAt((buffer >>> bits) & 0x1F));
            }
        }
        return code.toString();
    }

    /**
     * The code as stored, from what someone typed or scanned: case, spaces and hyphens do not matter, and I, L and O
     * are read as 1, 1 and 0 as Crockford prescribes. Empty unless the result is exactly 32 alphabet characters.
     */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : input.strip().toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = readAs(c);
            if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** ASCII only: String.toLowerCase would turn the Kelvin sign (U+212A) into a valid 'k'. */
    private static char readAs(char c) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if (lower == 'i' || lower == 'l') {
            return '1';
        }
        return lower == 'o' ? '0' : lower;
    }

    /** A stored code in groups of four for print and screen: "abcd-efgh-...", 8 groups. */
    public static String display(String code) {
        Objects.requireNonNull(code, "code");
        if (!normalize(code).filter(code::equals).isPresent()) {
            throw new IllegalArgumentException("Not a stored verification code: " + code);
        }
        StringBuilder shown = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int index = 0; index < LENGTH; index += GROUP) {
            shown.append(index == 0 ? "" : "-").append(code, index, index + GROUP);
        }
        return shown.toString();
    }
}
