package nl.leerwerkplaats.reflection.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Word-level difference between two submitted versions of a reflection answer, so a reviewer and the learner see
 * what changed. Whitespace and punctuation are tokens too, so the SAME and ADDED texts joined give exactly the new
 * version and the SAME and REMOVED texts joined give exactly the old one.
 */
public final class TextDiff {

    // Above this many cells (tokens before times after, common start and end cut off) the texts are aligned by
    // sentences and lines first; a cell costs one bit, so this is ~3 MB.
    static final long MAX_CELLS = 25_000_000L;
    private static final int ZWJ = 0x200D;

    public enum Kind { SAME, ADDED, REMOVED }

    public record Change(Kind kind, String text) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private TextDiff() {
    }

    /**
     * The changes from before to after; adjacent changes of one kind are merged, and within a changed stretch the
     * removed text comes before the added text. Null counts as the empty text (a first version).
     */
    public static List<Change> diff(String before, String after) {
        Changes changes = new Changes();
        diff(tokens(before == null ? "" : before), tokens(after == null ? "" : after), changes, true);
        return changes.done();
    }

    /** Whether the changes hold anything added or removed. */
    public static boolean changed(List<Change> changes) {
        return changes.stream().anyMatch(change -> change.kind() != Kind.SAME);
    }

    /** HTML with all text escaped, ADDED in {@code <ins>}, REMOVED in {@code <del>}, line breaks as {@code <br>}. */
    public static String html(List<Change> changes) {
        StringBuilder html = new StringBuilder();
        for (Change change : changes) {
            String tag = change.kind() == Kind.ADDED ? "ins" : change.kind() == Kind.REMOVED ? "del" : "";
            html.append(tag.isEmpty() ? "" : "<" + tag + ">");
            escape(change.text(), html);
            html.append(tag.isEmpty() ? "" : "</" + tag + ">");
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        // Any line break counts once: \r\n (from a browser's textarea), \r and \n.
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
    }

    /** Diffs token lists; with mayChunk, a diff too large for token level is done per sentence first. */
    private static void diff(List<String> a, List<String> b, Changes changes, boolean mayChunk) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        changes.add(Kind.SAME, a.subList(0, start));
        List<String> middleA = a.subList(start, endA);
        List<String> middleB = b.subList(start, endB);
        if ((long) middleA.size() * middleB.size() <= MAX_CELLS) {
            align(middleA.stream().map(List::of).toList(), middleB.stream().map(List::of).toList(), changes, false);
        } else if (mayChunk) {
            align(chunks(middleA), chunks(middleB), changes, true);
        } else {
            // Too large even within one changed stretch of sentences: show it as replaced.
            replace(middleA, middleB, changes, false);
        }
        changes.add(Kind.SAME, a.subList(endA, a.size()));
    }

    /**
     * Aligns units (single tokens, or sentences and lines) along their longest common subsequence; with refine,
     * each changed stretch between two matched units is diffed again token by token.
     */
    private static void align(List<List<String>> a, List<List<String>> b, Changes changes, boolean refine) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            replace(a.stream().flatMap(List::stream).toList(), b.stream().flatMap(List::stream).toList(), changes,
                    false);
            return;
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Kind step : script(ids(a, b))) {
            if (step == Kind.SAME) {
                replace(removed, added, changes, refine);
                removed.clear();
                added.clear();
                changes.add(Kind.SAME, a.get(i++));
                j++;
            } else if (step == Kind.REMOVED) {
                removed.addAll(a.get(i++));
            } else {
                added.addAll(b.get(j++));
            }
        }
        replace(removed, added, changes, refine);
    }

    private static void replace(List<String> removed, List<String> added, Changes changes, boolean refine) {
        if (refine) {
            diff(removed, added, changes, false);
        } else {
            changes.add(Kind.REMOVED, removed);
            changes.add(Kind.ADDED, added);
        }
    }

    /**
     * Splits text into words (letters and digits with their accents), runs of whitespace, and single other
     * characters (with their combining marks, skin tones and zero-width-joined parts, so no emoji is split).
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int first = text.codePointAt(start);
            IntPredicate belongs = Character.isLetterOrDigit(first) ? c -> Character.isLetterOrDigit(c) || isMark(c)
                    : isSpace(first) ? TextDiff::isSpace : c -> isMark(c) || c == ZWJ || c >= 0x1F3FB && c <= 0x1F3FF;
            int end = start + Character.charCount(first);
            while (end < text.length() && belongs.test(text.codePointAt(end))) {
                int c = text.codePointAt(end);
                end += Character.charCount(c);
                if (c == ZWJ && end < text.length()) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int c) {
        // Also the no-break space, which Character.isWhitespace leaves out.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Groups tokens into sentences and lines: a chunk ends with whitespace after . ! ? or with a line break. */
    private static List<List<String>> chunks(List<String> tokens) {
        List<List<String>> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean end = isSpace(token.codePointAt(0)) && (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0
                    || i > 0 && ".!?".contains(tokens.get(i - 1)));
            if (end || i == tokens.size() - 1) {
                chunks.add(tokens.subList(start, i + 1));
                start = i + 1;
            }
        }
        return chunks;
    }

    /** The units of both lists as numbers, equal numbers for equal units, so the LCS compares ints. */
    private static <T> int[][] ids(List<T> a, List<T> b) {
        Map<T, Integer> ids = new HashMap<>();
        return new int[][] {a.stream().mapToInt(unit -> ids.computeIfAbsent(unit, key -> ids.size())).toArray(),
                b.stream().mapToInt(unit -> ids.computeIfAbsent(unit, key -> ids.size())).toArray()};
    }

    /**
     * A shortest edit script (longest common subsequence) from ids[0] to ids[1]. The LCS lengths of the suffixes
     * are kept two rows at a time; per cell only one bit is stored: whether skipping a[i] keeps the LCS as long.
     */
    private static Kind[] script(int[][] ids) {
        int[] a = ids[0];
        int[] b = ids[1];
        int n = a.length;
        int m = b.length;
        long[] skipA = new long[(int) (((long) n * m + 63) >>> 6)];
        int[] below = new int[m + 1];
        int[] row = new int[m + 1];
        for (int i = n - 1; i >= 0; i--) {
            row[m] = 0;
            for (int j = m - 1; j >= 0; j--) {
                if (a[i] == b[j]) {
                    row[j] = below[j + 1] + 1;
                } else if (below[j] >= row[j + 1]) {
                    row[j] = below[j];
                    long cell = (long) i * m + j;
                    skipA[(int) (cell >>> 6)] |= 1L << cell;
                } else {
                    row[j] = row[j + 1];
                }
            }
            int[] swap = below;
            below = row;
            row = swap;
        }
        Kind[] script = new Kind[n + m];
        int length = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            long cell = (long) i * m + j;
            if (i < n && j < m && a[i] == b[j]) {
                script[length++] = Kind.SAME;
                i++;
                j++;
            } else if (j == m || i < n && (skipA[(int) (cell >>> 6)] & 1L << cell) != 0) {
                script[length++] = Kind.REMOVED;
                i++;
            } else {
                script[length++] = Kind.ADDED;
                j++;
            }
        }
        return Arrays.copyOf(script, length);
    }

    /** Collects tokens into changes, merging neighbours of one kind; removed text goes before added text. */
    private static final class Changes {
        private final List<Change> list = new ArrayList<>();
        private final StringBuilder same = new StringBuilder();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();

        void add(Kind kind, List<String> tokens) {
            tokens.forEach(token -> add(kind, token));
        }

        void add(Kind kind, String token) {
            if (kind == Kind.SAME) {
                flush(Kind.REMOVED, removed);
                flush(Kind.ADDED, added);
                same.append(token);
            } else {
                flush(Kind.SAME, same);
                (kind == Kind.REMOVED ? removed : added).append(token);
            }
        }

        List<Change> done() {
            add(Kind.SAME, "");
            flush(Kind.SAME, same);
            return List.copyOf(list);
        }

        private void flush(Kind kind, StringBuilder text) {
            if (text.length() > 0) {
                list.add(new Change(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
