package nl.leerwerkplaats.cohort.control;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a lecturer shows in class and students type to join a cohort, such as {@code K7QM-RX4H}. It is read
 * off a projector and typed on a phone, so it avoids look-alike characters and forgives case, spaces and hyphens.
 */
public final class JoinCode {

    /** Digits and capitals without look-alikes: no 0/O, 1/I/L, 5/S or 2/Z. */
    public static final String ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 8;

    // 27^8 = 282,429,536,481 (about 2.8 * 10^11) codes. With 1,000 cohorts open at once one random guess hits one
    // with a chance of 1 in 280 million; join attempts are rate-limited, so at 10 guesses a minute a hit takes
    // decades on average, and all it gains is a seat the lecturer sees and can remove before regenerating the code.
    // Two random codes collide rarely but can: the caller keeps codes unique and draws again on a clash.

    /** Longer input is no code, however many spaces a student types; this bounds the work per request. */
    private static final int MAX_TYPED = 40;
    /** Hyphens and the dashes a phone's keyboard or autocorrect makes of them. */
    private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212";

    private JoinCode() {
    }

    /** @param random a {@link java.security.SecureRandom} in production; a seeded generator in tests */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return format(code);
    }

    /**
     * @param typed what the student typed, e.g. {@code " k7qm rx4h "} or {@code "K7QMRX4H"}
     * @return the canonical {@code XXXX-XXXX} form, or empty when it cannot be a code; a look-alike such as O is
     *         not mapped to anything, because neither O nor 0 is in the alphabet
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || SEPARATORS.indexOf(c) >= 0) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (ALPHABET.indexOf(upper) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(upper);
        }
        return code.length() == LENGTH ? Optional.of(format(code)) : Optional.empty();
    }

    private static String format(CharSequence code) {
        return code.subSequence(0, 4) + "-" + code.subSequence(4, 8);
    }
}
