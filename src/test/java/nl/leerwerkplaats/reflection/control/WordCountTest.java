package nl.leerwerkplaats.reflection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Word counts for the minimum and maximum words of a reflection section. */
class WordCountTest {

    @ParameterizedTest(name = "[{0}] has {1} words")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ik heb veel geleerd.                           | 4
            één reünie, café en ideeën                     | 5
            zo'n cliënt                                    | 2
            zo’n cliënt (typographic apostrophe)           | 4
            werken in de jeugd-ggz                         | 4
            's avonds                                      | 2
            ’s Morgens vroeg                               | 3
            In 2015 was het 10,6 procent en 3.5 punt       | 9
            1, 2, 3                                        | 3
            e-mail - of niet -- toch                       | 4
            2015–2020 (en-dash)                            | 3
            eind.Begin                                     | 2
            ...!? -- ; :)                                  | 0
            "😀 🎉 👍🏽 ❤️"                                  | 0
            goed 👍 gedaan                                 | 2
            Привет мир, γεια σου κόσμε                     | 5
            """)
    @DisplayName("Words are runs of letters and digits in any script; an apostrophe or hyphen inside a word and a "
            + "decimal comma or point inside a number keep them one word; punctuation and emoji alone are no words")
    void counts(String text, int words) {
        assertEquals(words, WordCount.count(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t ", "\u00A0"})
    @DisplayName("Null, empty and blank text has no words")
    void blank(String text) {
        assertEquals(0, WordCount.count(text));
    }

    @Test
    @DisplayName("Tabs, line breaks, runs of spaces and the no-break space all separate words")
    void whitespace() {
        assertEquals(5, WordCount.count("  een\ttwee\ndrie\r\nvier\u00A0vijf  "));
    }

    @Test
    @DisplayName("An accent typed as a combining mark after its letter (decomposed é) stays in the word")
    void combiningAccent() {
        String decomposed = "e\u0301e\u0301n re\u0308nie";
        assertEquals(2, WordCount.count(decomposed));
        assertEquals(WordCount.count("één reünie"), WordCount.count(decomposed));
    }

    @Test
    @DisplayName("Letters outside the Basic Multilingual Plane (surrogate pairs) count as letters")
    void supplementaryLetters() {
        assertEquals(2, WordCount.count("\uD835\uDC00\uD835\uDC01 \uD801\uDC00"));
    }

    @Test
    @DisplayName("An apostrophe or hyphen at the start or end of a word, or doubled, does not join words")
    void joinersAtEdges() {
        assertEquals(1, WordCount.count("'s-Hertogenbosch'"), "a city name, as a Dutch reader counts it");
        assertEquals(2, WordCount.count("kinder- en"));
        assertEquals(2, WordCount.count("a''b"));
        assertEquals(2, WordCount.count("10, 6"));
        assertEquals(3, WordCount.count("-a- 'b' c-"));
    }

    @Test
    @DisplayName("A 5000-word text counts 5000")
    void longText() {
        String text = "Dit is zo'n reflectie-zin van 10,6 hele woorden. ".repeat(625);
        assertEquals(5000, WordCount.count(text));
    }

    @ParameterizedTest(name = "{0} words, min {1}, max {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "10, 10, 20, none",
            "20, 10, 20, none",
            "9, 10, 20, reflection.tooShort",
            "21, 10, 20, reflection.tooLong",
            "0, 1, none, reflection.tooShort",
            "100000, 1, none, none",
            "0, none, 5, none",
            "6, none, 5, reflection.tooLong",
            "0, none, none, none"})
    @DisplayName("The limits' message key is null within the limits (inclusive) and names the side that is crossed")
    void limits(int words, Integer min, Integer max, String key) {
        assertEquals(key, WordCount.limitsMessageKey(words, min, max));
    }

    @Test
    @DisplayName("The message keys are the ones in the resource bundles")
    void keys() {
        assertEquals("reflection.tooShort", WordCount.TOO_SHORT);
        assertEquals("reflection.tooLong", WordCount.TOO_LONG);
        assertNull(WordCount.limitsMessageKey(5, 5, 5));
    }
}
