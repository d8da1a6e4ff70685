package nl.leerwerkplaats.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lines of text on one PDF page in one embedded Unicode font. Names come from learners, so any character may
 * appear: a character the font has no glyph for prints as '?' rather than failing the whole certificate.
 */
final class PageText {

    /** Liberation Sans ships inside PDFBox and covers Latin, Greek and Cyrillic, so no font file of our own. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final char MISSING = '?';

    private final PDPageContentStream stream;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    PageText(PDPageContentStream stream, PDType0Font font) {
        this.stream = stream;
        this.font = font;
    }

    /** The font embedded as a subset: only the glyphs used end up in the file. */
    static PDType0Font loadFont(PDDocument document) throws IOException {
        try (InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("Font not on the class path: " + FONT);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The text with control characters as spaces and characters without a glyph as '?'. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(codePoint, this::hasGlyph)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text broken into printable lines no wider than {@code maxWidth}: at spaces, and inside a word only when
     * the word alone is too wide (a long URL).
     */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (String piece : splitWord(word, size, maxWidth)) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private List<String> splitWord(String word, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = start + Character.charCount(word.codePointAt(start));
            while (end < word.length()) {
                int next = end + Character.charCount(word.codePointAt(end));
                if (width(word.substring(start, next), size) > maxWidth) {
                    break;
                }
                end = next;
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** One printable line centred on {@code centerX} with its baseline at {@code y}. */
    void centered(String line, float size, float centerX, float y) {
        left(line, size, centerX - width(line, size) / 2, y);
    }

    /** One printable line starting at {@code x} with its baseline at {@code y}. */
    void left(String line, float size, float x, float y) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
