package nl.leerwerkplaats.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Length over complexity (NIST SP 800-63B): a long password is strong and easy to remember, composition rules
 * only breed {@code Welkom01!}. So: 10 to 128 characters, not on the list of common passwords, not the user's
 * own name. Immutable and thread-safe.
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounds the work a single form post can ask of the password hash. */
    public static final int MAX_LENGTH = 128;
    /** Shorter names and e-mail local parts ("jan") would refuse too many good passwords. */
    static final int MIN_PERSONAL_LENGTH = 4;

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String COMMON = "password.common";
    public static final String PERSONAL = "password.personal";

    static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    /** What people add to a common word to get past composition rules: "Welkom2024!" is "welkom". */
    private static final Pattern TRAILING_DIGITS_AND_PUNCTUATION = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\p{Z}\\s]+$");

    /**
     * @param username the account's user name, or null when not known (yet)
     * @param email    the account's e-mail address, or null when not known (yet)
     * @return the message key of the first problem, or empty when the password is acceptable
     */
    public Optional<String> problem(String password, String username, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String candidate = normalized(password);
        if (isCommon(candidate)) {
            return Optional.of(COMMON);
        }
        if (contains(candidate, username) || contains(candidate, localPart(email))) {
            return Optional.of(PERSONAL);
        }
        return Optional.empty();
    }

    /** On the list, also with the usual suffix, or one character repeated (NIST names "aaaaaa"). */
    private static boolean isCommon(String candidate) {
        Set<String> common = CommonPasswords.ALL;
        return candidate.codePoints().distinct().count() <= 1
                || common.contains(candidate)
                || common.contains(TRAILING_DIGITS_AND_PUNCTUATION.matcher(candidate).replaceFirst(""));
    }

    private static boolean contains(String candidate, String personal) {
        if (personal == null) {
            return false;
        }
        String word = normalized(personal);
        return word.codePointCount(0, word.length()) >= MIN_PERSONAL_LENGTH && candidate.contains(word);
    }

    private static String localPart(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    /** NFKC, as NIST asks, so that a full-width "ｗｅｌｋｏｍ" is still "welkom". */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** Loaded on first use, once per class loader: the holder's initialisation is thread-safe by the JLS. */
    private static final class CommonPasswords {

        static final Set<String> ALL = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(PasswordPolicy::normalized)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(COMMON_PASSWORDS + " cannot be read", e);
            }
        }
    }
}
