package nl.leerwerkplaats.identity.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String BICYCLE = "\uD83D\uDEB2"; // one code point, two chars
    private static final String TULIP = "\uD83C\uDF37";

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> problem(String password) {
        return policy.problem(password, null, null);
    }

    /** A text of exactly {@code codePoints} code points that is no common password. */
    private static String passphrase(int codePoints) {
        String words = "paarse olifanten dansen op dinsdag in de regen " + BICYCLE + " ";
        return words.repeat(10).codePoints().limit(codePoints)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<String> listLines() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertNotNull(in, PasswordPolicy.COMMON_PASSWORDS + " on the class path");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @ParameterizedTest(name = "too short: \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "a", "korteweg1", "abcdefgh" + BICYCLE, BICYCLE + "fietsen" + TULIP})
    void shorterThanTenCodePointsIsRefused(String password) {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), problem(password));
    }

    @Test
    @DisplayName("an emoji counts as one character, not as the two chars of its UTF-16 form")
    void lengthCountsCodePoints() {
        String nine = "abcdefgh" + BICYCLE;

        assertEquals(10, nine.length());
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), problem(nine));
    }

    @ParameterizedTest(name = "exactly 10 is enough: \"{0}\"")
    @ValueSource(strings = {"fietsbel42", "tram" + BICYCLE + "fiets", "kaasmarkt7"})
    void tenCodePointsAreAccepted(String password) {
        assertEquals(10, password.codePointCount(0, password.length()));
        assertEquals(Optional.empty(), problem(password));
    }

    @Test
    @DisplayName("128 code points are accepted, 129 are too long")
    void atMost128CodePoints() {
        assertAll(
                () -> assertEquals(Optional.empty(), problem(passphrase(128))),
                () -> assertEquals(Optional.of(PasswordPolicy.TOO_LONG), problem(passphrase(129))),
                () -> assertEquals(Optional.of(PasswordPolicy.TOO_LONG), problem(passphrase(1000))));
    }

    @Test
    @DisplayName("128 emoji are 256 chars but still 128 characters, so accepted")
    void maximumCountsCodePoints() {
        String emoji = (BICYCLE + TULIP).repeat(64);

        assertEquals(256, emoji.length());
        assertEquals(Optional.empty(), problem(emoji));
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), problem(emoji + BICYCLE));
    }

    @ParameterizedTest(name = "common: \"{0}\"")
    @ValueSource(strings = {
            "1234567890", "qwertyuiop", "1q2w3e4r5t", "password123", "iloveyou123", "wachtwoord", "welkom2024",
            "Wachtwoord", "WACHTWOORD", "  wachtwoord  ", "QwertyUiop",
            "Welkom2024!", "welkom!!!!!", "Voetbal2024", "Feyenoord1908!", "Password123!", "Zondag12345",
            "Wachtwoord 2025", "geheim+12345", "ajax€€€€€€", "Leerwerkplaats", "Jeugdhulp2025", "hogeschool",
            "Normaliseren!", "Welkom" + BICYCLE + BICYCLE + "2024",
            "\uFF57\uFF41\uFF43\uFF48\uFF54\uFF57\uFF4F\uFF4F\uFF52\uFF44", // full-width "wachtwoord"
            "aaaaaaaaaa", "!!!!!!!!!!", "          "})
    void commonPasswordsAreRefused(String password) {
        assertEquals(Optional.of(PasswordPolicy.COMMON), problem(password));
    }

    @ParameterizedTest(name = "not common: \"{0}\"")
    @ValueSource(strings = {
            "welkom in de leerwerkplaats", "wachtwoordenboek", "2024welkomthuis", "mijn hond heet ajax",
            "qwertyuiopzeeland", "zondagochtendkoffie"})
    void aCommonWordInsideALongerPasswordIsFine(String password) {
        assertEquals(Optional.empty(), problem(password));
    }

    static Stream<Arguments> personal() {
        return Stream.of(
                Arguments.of("jdevries2024", "jdevries", null),
                Arguments.of("ikbenJDeVries!", "jdevries", null),
                Arguments.of("JDEVRIES-thuis", "jdevries", "x@example.nl"),
                Arguments.of("marieke.jansen1", null, "marieke.jansen@hogeschool.nl"),
                Arguments.of("hoi Marieke.Jansen hoi", "mj", "Marieke.Jansen@hogeschool.nl"),
                Arguments.of("teamleider noord", "bob", "noord@jeugdzorg.example"),
                Arguments.of("annadevriesanna", null, "annadevries"));
    }

    @ParameterizedTest(name = "personal: \"{0}\" for user {1}, e-mail {2}")
    @MethodSource
    void personal(String password, String username, String email) {
        assertEquals(Optional.of(PasswordPolicy.PERSONAL), policy.problem(password, username, email));
    }

    static Stream<Arguments> notPersonal() {
        return Stream.of(
                Arguments.of("bob bouwt bruggen", "bob", null),
                Arguments.of("ankers in de haven", null, "an@example.nl"),
                Arguments.of("hogeschool utrecht is groot", "jdevries", "jdevries@hogeschool.nl"),
                Arguments.of("jdevrie s is niet genoeg", "jdevries", null),
                Arguments.of("paarse olifanten dansen", "", "   "),
                Arguments.of("paarse olifanten dansen", "   ", "@example.nl"),
                Arguments.of("paarse olifanten dansen", null, null));
    }

    @ParameterizedTest(name = "not personal: \"{0}\" for user \"{1}\", e-mail \"{2}\"")
    @MethodSource
    void notPersonal(String password, String username, String email) {
        assertEquals(Optional.empty(), policy.problem(password, username, email));
    }

    @ParameterizedTest(name = "good passphrase: \"{0}\"")
    @ValueSource(strings = {
            "paarse olifanten dansen op dinsdag", "Correct Horse Battery Staple", "ik fiets elke ochtend langs de Maas",
            "koffie" + BICYCLE + "fiets" + TULIP + "tulp", "Jeugdhulp zonder etiketten, graag!", "zeven zeeuwse zeehonden"})
    void goodPassphrasesAreAccepted(String password) {
        assertEquals(Optional.empty(), policy.problem(password, "jdevries", "j.devries@hogeschool.nl"));
    }

    @Test
    @DisplayName("the checks run in order: length, then the list, then personal words")
    void lengthIsReportedFirst() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), problem("welkom"));
        assertEquals(Optional.of(PasswordPolicy.COMMON), policy.problem("wachtwoord", "wachtwoord", null));
    }

    @Test
    @DisplayName("the list has at least 1,000 entries, no blank lines, a comment first")
    void listIsLongAndClean() throws IOException {
        List<String> lines = listLines();
        List<String> entries = lines.stream().filter(line -> !line.startsWith("#")).toList();

        assertTrue(lines.get(0).startsWith("# "), "first line is a comment");
        assertTrue(entries.size() >= 1000, entries.size() + " entries");
        assertTrue(lines.stream().noneMatch(String::isBlank), "no blank lines");
    }

    @Test
    @DisplayName("every entry is lower case, trimmed and listed once")
    void entriesAreNormalised() throws IOException {
        List<String> entries = listLines().stream().filter(line -> !line.startsWith("#")).toList();
        Set<String> seen = new HashSet<>();

        assertAll(entries.stream().map(entry -> () -> {
            assertEquals(entry.strip().toLowerCase(Locale.ROOT), entry, "lower case and trimmed");
            assertTrue(seen.add(entry), "listed once: " + entry);
        }));
    }

    @Test
    @DisplayName("every entry is refused, from 10 characters on as common")
    void everyListedPasswordIsRefused() throws IOException {
        Set<String> accepted = listLines().stream()
                .filter(line -> !line.startsWith("#"))
                .filter(entry -> problem(entry).isEmpty())
                .collect(Collectors.toSet());

        assertEquals(Set.of(), accepted);
    }

    @ParameterizedTest(name = "required entry: {0}")
    @ValueSource(strings = {
            "123456", "password", "qwerty", "iloveyou", "welkom", "wachtwoord", "geheim", "voetbal", "ajax",
            "feyenoord", "psv", "amsterdam", "rotterdam", "zomer", "lente", "herfst", "winter", "maandag", "zondag",
            "januari", "december", "hallo", "welkom01", "wachtwoord1", "leerwerkplaats", "normaliseren", "jeugdhulp",
            "jeugdzorg", "hogeschool", "student", "docent", "demo", "1234567890", "qwertyuiop", "1q2w3e4r5t"})
    void listHoldsTheWellKnownOnes(String entry) throws IOException {
        assertTrue(listLines().contains(entry));
    }
}
