package nl.leerwerkplaats.reflection.control;

/**
 * Counts words in a reflection answer the way a learner and a lecturer would count them by eye, so the minimum and
 * maximum word counts of a section agree with what they see: runs of letters and digits in any script; an
 * apostrophe or hyphen inside a word ("zo'n", "jeugd-ggz") and a decimal comma or point inside a number ("10,6")
 * keep it one word; punctuation and emoji on their own are no words.
 */
public final class WordCount {

    public static final String TOO_SHORT = "reflection.tooShort";
    public static final String TOO_LONG = "reflection.tooLong";

    private WordCount() {
    }

    /** The number of words in the text; 0 for null or blank text. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c) < text.length() ? text.codePointAt(i + Character.charCount(c)) : -1;
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (inWord && isMark(c)) {
                // A combining accent typed after its letter (e + U+0301) belongs to that letter's word.
                inWord = true;
            } else {
                inWord = inWord && joins(previous, c, next);
            }
            previous = c;
            i += Character.charCount(c);
        }
        return words;
    }

    /**
     * The message key for a word count outside the section's limits, or null when within them.
     *
     * @param min null for no minimum
     * @param max null for no maximum
     */
    public static String limitsMessageKey(int words, Integer min, Integer max) {
        if (min != null && words < min) {
            return TOO_SHORT;
        }
        if (max != null && words > max) {
            return TOO_LONG;
        }
        return null;
    }

    /** Whether c, between two characters of a word, keeps them one word. */
    private static boolean joins(int previous, int c, int next) {
        if (next == -1 || !Character.isLetterOrDigit(next)) {
            return false;
        }
        if (isApostrophe(c) || isHyphen(c)) {
            return true;
        }
        // "10,6" and "3.5" are one number, but "zin.Volgende" (a missing space) stays two words.
        return (c == ',' || c == '.') && Character.isDigit(previous) && Character.isDigit(next);
    }

    private static boolean isApostrophe(int c) {
        // Word processors turn ' into a typographic quote; U+02BC is the apostrophe as a letter.
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    private static boolean isHyphen(int c) {
        // Not the en and em dash: "2015–2020" and "dit—dat" read as separate words.
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
