package nl.leerwerkplaats.reflection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.reflection.control.TextDiff.Change;
import nl.leerwerkplaats.reflection.control.TextDiff.Kind;

/** The word-level difference between two submitted versions of a reflection answer. */
class TextDiffTest {

    static final String[] PIECES = {"de", "het", "een", "één", "reünie", "zo'n", "jeugd-ggz", "2015", "10,6", " ",
        " ", " ", "  ", ",", ".", "!", "\n", "\r\n", "\n\n", "😀", "👍🏽", "e\u0301", "<b>", "&", "\"", "\u00A0", "-"};

    static Change same(String text) {
        return new Change(Kind.SAME, text);
    }

    static Change added(String text) {
        return new Change(Kind.ADDED, text);
    }

    static Change removed(String text) {
        return new Change(Kind.REMOVED, text);
    }

    static String join(List<Change> changes, Kind kind) {
        return changes.stream().filter(change -> change.kind() == Kind.SAME || change.kind() == kind)
                .map(Change::text).collect(Collectors.joining());
    }

    /** The diff rebuilds both texts, merges neighbours of one kind and holds no empty change. */
    static List<Change> assertDiff(String before, String after) {
        List<Change> changes = TextDiff.diff(before, after);
        assertEquals(after, join(changes, Kind.ADDED), "SAME + ADDED is the new text");
        assertEquals(before, join(changes, Kind.REMOVED), "SAME + REMOVED is the old text");
        for (int i = 0; i < changes.size(); i++) {
            assertFalse(changes.get(i).text().isEmpty(), "empty change at " + i);
            if (i > 0) {
                assertNotEquals(changes.get(i - 1).kind(), changes.get(i).kind(), "unmerged neighbours at " + i);
            }
        }
        assertEquals(!before.equals(after), TextDiff.changed(changes));
        return changes;
    }

    static int lcsLength(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }

    static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Sentences of ten words from a large vocabulary, with paragraphs; rarely two sentences alike. */
    static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("woord" + random.nextInt(2000));
        }
        return words;
    }

    static String prose(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            text.append(words.get(i));
            text.append(i % 50 == 49 ? ".\n\n" : i % 10 == 9 ? ". " : i % 7 == 6 ? ", " : " ");
        }
        return text.toString();
    }

    @Test
    @DisplayName("Equal texts are one SAME change; two empty (or null) texts are no changes at all")
    void equal() {
        assertEquals(List.of(same("Ik heb veel geleerd.")), assertDiff("Ik heb veel geleerd.", "Ik heb veel geleerd."));
        assertEquals(List.of(), assertDiff("", ""));
        assertEquals(List.of(), TextDiff.diff(null, null));
        assertFalse(TextDiff.changed(List.of()));
    }

    @Test
    @DisplayName("A first version (old text empty or null) is all ADDED; an emptied text is all REMOVED")
    void fromAndToEmpty() {
        assertEquals(List.of(added("Mijn eerste versie.")), assertDiff("", "Mijn eerste versie."));
        assertEquals(List.of(added("Mijn eerste versie.")), TextDiff.diff(null, "Mijn eerste versie."));
        assertEquals(List.of(removed("weg")), assertDiff("weg", ""));
    }

    @Test
    @DisplayName("A replaced word is REMOVED then ADDED, with the words and punctuation around it SAME")
    void replacedWord() {
        assertEquals(List.of(same("Ik vond het "), removed("moeilijk"), added("lastig"), same(", maar leuk.")),
                assertDiff("Ik vond het moeilijk, maar leuk.", "Ik vond het lastig, maar leuk."));
    }

    @Test
    @DisplayName("Inserted and deleted words carry their space, so the rest stays SAME")
    void insertedAndDeleted() {
        assertEquals(List.of(same("Ik leerde "), added("heel "), same("veel.")),
                assertDiff("Ik leerde veel.", "Ik leerde heel veel."));
        assertEquals(List.of(same("Ik leerde "), removed("heel "), same("veel.")),
                assertDiff("Ik leerde heel veel.", "Ik leerde veel."));
    }

    @Test
    @DisplayName("Punctuation and whitespace are tokens of their own: a changed full stop or line break alone shows")
    void punctuationAndWhitespace() {
        assertEquals(List.of(same("Klaar"), removed("."), added("!")), assertDiff("Klaar.", "Klaar!"));
        assertEquals(List.of(same("een"), removed(" "), added("\n"), same("twee")), assertDiff("een twee", "een\ntwee"));
    }

    @Test
    @DisplayName("Words are whole: an accent (also a combining one) or a changed emoji skin tone replaces the token")
    void wholeTokens() {
        assertEquals(List.of(same("het "), removed("cafe"), added("café")), assertDiff("het cafe", "het café"));
        assertEquals(List.of(removed("cafe"), added("cafe\u0301")), assertDiff("cafe", "cafe\u0301"));
        assertEquals(List.of(same("top "), removed("👍🏽"), added("👍🏿")), assertDiff("top 👍🏽", "top 👍🏿"));
        assertEquals(List.of(removed("👨\u200D👩\u200D👧"), added("👨\u200D👩\u200D👦")),
                assertDiff("👨\u200D👩\u200D👧", "👨\u200D👩\u200D👦"));
    }

    @Test
    @DisplayName("Between two SAME parts the removed text comes first, then the added text; words that stay are SAME")
    void stretchOrder() {
        assertEquals(List.of(same("Ik "), removed("vond"), added("heb"), same(" het"), added(" als"),
                same(" moeilijk")), assertDiff("Ik vond het moeilijk", "Ik heb het als moeilijk"));
        assertEquals(List.of(removed("oud"), added("nieuw")), assertDiff("oud", "nieuw"));
        assertEquals(List.of(removed("a.b"), added("c;d")), assertDiff("a.b", "c;d"));
    }

    @Test
    @DisplayName("Random texts (seeded): both versions rebuilt exactly, and the SAME tokens are a longest common "
            + "subsequence")
    void randomProperty() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 500; round++) {
            String before = randomText(random, random.nextInt(40));
            String after;
            if (random.nextInt(4) == 0) {
                after = randomText(random, random.nextInt(40));
            } else {
                StringBuilder mutated = new StringBuilder(before);
                for (int edit = random.nextInt(4); edit > 0 && mutated.length() > 0; edit--) {
                    int at = random.nextInt(mutated.length() + 1);
                    int end = Math.min(mutated.length(), at + random.nextInt(6));
                    mutated.replace(at, end, random.nextBoolean() ? "" : randomText(random, 1 + random.nextInt(3)));
                }
                after = mutated.toString();
            }
            List<Change> changes = assertDiff(before, after);
            int same = changes.stream().filter(change -> change.kind() == Kind.SAME)
                    .mapToInt(change -> TextDiff.tokens(change.text()).size()).sum();
            assertEquals(lcsLength(TextDiff.tokens(before), TextDiff.tokens(after)), same,
                    "round " + round + ": " + before + " -> " + after);
        }
    }

    @Test
    @DisplayName("Tokens rebuild the text and never split a surrogate pair")
    void tokens() {
        String text = "zo'n 10,6 km\r\n😀 e\u0301!";
        List<String> tokens = TextDiff.tokens(text);
        assertEquals(text, String.join("", tokens));
        assertEquals(List.of("zo", "'", "n", " ", "10", ",", "6", " ", "km", "\r\n", "😀", " ", "e\u0301", "!"), tokens);
    }

    @Test
    @DisplayName("HTML escapes & < > \" ' in every change, wraps ADDED in <ins> and REMOVED in <del>, and turns "
            + "\\n, \\r\\n and \\r into <br>")
    void html() {
        List<Change> changes = List.of(same("a<b>"), removed("\"x\""), added("y & 'z'\r\nnext\nline\rend"));
        assertEquals("a&lt;b&gt;<del>&quot;x&quot;</del><ins>y &amp; &#39;z&#39;<br>next<br>line<br>end</ins>",
                TextDiff.html(changes));
        assertEquals("", TextDiff.html(List.of()));
    }

    @Test
    @DisplayName("No user text injects markup: a <script> in either version comes out as text")
    void htmlInjection() {
        String html = TextDiff.html(TextDiff.diff("<b onclick='x()'>oud</b>",
                "<script>alert(\"weg\")</script> <img src=x onerror=alert(1)>"));
        String text = html.replaceAll("</?(ins|del)>|<br>", "");
        assertFalse(text.contains("<") || text.contains(">") || text.contains("\"") || text.contains("'"), html);
        assertEquals("<ins>&lt;script&gt;alert(&quot;weg&quot;)&lt;/script&gt;</ins>",
                TextDiff.html(TextDiff.diff("", "<script>alert(\"weg\")</script>")));
    }

    @Test
    @DisplayName("Two 5000-word texts with three edited words (too many cells for one table): exactly those words "
            + "change, found sentence by sentence")
    void longTextsWithFewEdits() {
        List<String> words = words(new Random(7), 5000);
        String before = prose(words);
        words.set(3, "EERSTE");
        words.set(2504, "MIDDEN");
        words.set(4998, "LAATSTE");
        String after = prose(words);
        assertTrue((long) TextDiff.tokens(before).size() * TextDiff.tokens(after).size() > TextDiff.MAX_CELLS);
        List<Change> changes = assertDiff(before, after);
        assertEquals(List.of("EERSTE", "MIDDEN", "LAATSTE"), changes.stream()
                .filter(change -> change.kind() == Kind.ADDED).map(Change::text).toList());
        assertEquals(3, changes.stream().filter(change -> change.kind() == Kind.REMOVED).count());
    }

    @Test
    @DisplayName("Two 5000-word texts that share nothing, and two without any sentence or line break: both versions "
            + "still rebuilt exactly")
    void longTextsWorstCase() {
        String before = prose(words(new Random(1), 5000));
        String after = prose(words(new Random(2), 5000)).replace("woord", "ander");
        assertDiff(before, after);

        String line = String.join(" ", words(new Random(3), 5000));
        List<Change> coarse = assertDiff("begin " + line + " eind", "start " + line + " slot");
        assertEquals(List.of(Kind.REMOVED, Kind.ADDED), coarse.stream().map(Change::kind).toList(),
                "too large for a table and no sentence to align on: shown as replaced");
    }

    @Test
    @DisplayName("Two 1500-word texts with scattered edits (one table): each edit is its own small change")
    void mediumTextsScatteredEdits() {
        List<String> words = words(new Random(11), 1500);
        String before = prose(words);
        for (int i = 0; i < 1500; i += 100) {
            words.set(i, "NIEUW" + i);
        }
        List<Change> changes = assertDiff(before, prose(words));
        assertEquals(15, changes.stream().filter(change -> change.kind() == Kind.ADDED)
                .filter(change -> change.text().matches("NIEUW\\d+")).count());
    }
}
