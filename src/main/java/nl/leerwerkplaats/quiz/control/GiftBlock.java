package nl.leerwerkplaats.quiz.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one question as Moodle's importer sees them: trimmed, comment lines blanked to a space, joined
 * by line breaks, and escapes {@link GiftText#protect protected}. It remembers where each line starts, so that
 * every offset in {@link #text()} maps back to a line of the file.
 */
final class GiftBlock {

    private final String text;
    private final int[] starts;
    private final int[] lines;
    private final int firstLine;

    private GiftBlock(String text, int[] starts, int[] lines, int firstLine) {
        this.text = text;
        this.starts = starts;
        this.lines = lines;
        this.firstLine = firstLine;
    }

    /**
     * Splits a GIFT file into blocks at blank lines, as Moodle's importer does. A comment line ({@code //} at
     * the start of a trimmed line) does not end a block; a block of comments alone is left out.
     */
    static List<GiftBlock> split(String content) {
        String withoutBom = content.startsWith("\uFEFF") ? content.substring(1) : content;
        // Moodle also reads old Macintosh files, whose lines end in a lone carriage return.
        String[] fileLines = withoutBom.split("\r\n|\r|\n", -1);
        List<GiftBlock> blocks = new ArrayList<>();
        Builder current = new Builder();
        for (int i = 0; i < fileLines.length; i++) {
            String line = GiftText.trim(fileLines[i]);
            if (line.isEmpty()) {
                current.addTo(blocks);
                current = new Builder();
            } else {
                current.add(i + 1, line);
            }
        }
        current.addTo(blocks);
        return blocks;
    }

    /** The joined, protected text; offsets into it are what {@link #lineAt} maps. */
    String text() {
        return text;
    }

    /** The first line of the block that is not a comment. */
    int firstLine() {
        return firstLine;
    }

    /** The line of the file that holds the character at {@code offset} of {@link #text()}. */
    int lineAt(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        return lines[Math.max(0, Math.min(line, lines.length - 1))];
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> starts = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private int firstLine;

        void add(int lineNumber, String line) {
            if (!starts.isEmpty()) {
                text.append('\n');
            }
            starts.add(text.length());
            lines.add(lineNumber);
            if (line.startsWith("//")) {
                text.append(' ');
            } else {
                text.append(GiftText.protect(line));
                if (firstLine == 0) {
                    firstLine = lineNumber;
                }
            }
        }

        void addTo(List<GiftBlock> blocks) {
            if (firstLine > 0) {
                blocks.add(new GiftBlock(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
                        lines.stream().mapToInt(Integer::intValue).toArray(), firstLine));
            }
        }
    }
}
