package nl.leerwerkplaats.quiz.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The inside of one question's {@code {...}}, without its general feedback, as a range of a block's protected
 * text; cuts it into answers and reads their weights and feedback the way Moodle's importer does. Problems
 * are reported with the offset where they are, so that the error names the right line.
 */
final class GiftAnswerBlock {

    /** Receives a problem at an offset of the block's text. */
    interface Problems {
        void at(int offset, String message);
    }

    /**
     * One answer: its marker ({@code =}, {@code ~}, or 0 for the text before the first marker) and its range,
     * from the marker to the next marker.
     */
    record Piece(char marker, int start, int end) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String text;
    private final int from;
    private final int to;
    private final String format;
    private final Problems problems;
    private boolean failed;

    GiftAnswerBlock(String text, int from, int to, String format, Problems problems) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.format = format;
        this.problems = problems;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** The block's protected text between {@code start} and {@code end}. */
    String raw(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * The answers, cut before every marker character, as Moodle cuts with explode(). The first piece is the text
     * before the first marker, often empty.
     */
    List<Piece> pieces(int start, int end, String markers) {
        List<Piece> pieces = new ArrayList<>();
        char marker = 0;
        int pieceStart = start;
        for (int i = start; i < end; i++) {
            if (markers.indexOf(text.charAt(i)) >= 0) {
                pieces.add(new Piece(marker, pieceStart, i));
                marker = text.charAt(i);
                pieceStart = i;
            }
        }
        pieces.add(new Piece(marker, pieceStart, end));
        return pieces;
    }

    /** A piece's text after its marker, trimmed. */
    String body(Piece piece) {
        return GiftText.trim(text.substring(piece.marker() == 0 ? piece.start() : piece.start() + 1, piece.end()));
    }

    /** Where a piece's content starts, for the line of an error. */
    int at(Piece piece) {
        int offset = piece.marker() == 0 ? piece.start() : piece.start() + 1;
        while (offset < piece.end() && GiftText.isPhpSpace(text.charAt(offset))) {
            offset++;
        }
        return offset < piece.end() || piece.marker() == 0 ? offset : piece.start();
    }

    /** Moodle's commentparser: text and feedback split at the first {@code #}, each without its format marker. */
    String[] textAndFeedback(String body) {
        int hash = body.indexOf('#');
        if (hash < 0) {
            return new String[] {formatted(body), ""};
        }
        return new String[] {formatted(GiftText.trim(body.substring(0, hash))),
                formatted(GiftText.trim(body.substring(hash + 1)))};
    }

    /** A piece of protected text as Moodle stores it, with the question's format as the default. */
    String formatted(String protectedText) {
        return GiftText.withFormat(protectedText, format).text();
    }

    /** An answer's fraction, text and feedback; the fraction is null when its weight was out of range. */
    record Weighted(Double fraction, String text, String feedback) {
    }

    /** Reads an answer with an optional {@code %weight%} before its text, as short answer and numerical have. */
    Weighted weighted(Piece piece, double defaultFraction) {
        String body = body(piece);
        Matcher weight = GiftText.WEIGHT.matcher(body);
        Double fraction = defaultFraction;
        if (weight.lookingAt()) {
            fraction = fraction(weight, at(piece));
            body = body.substring(weight.end());
        }
        String[] textAndFeedback = textAndFeedback(body);
        return new Weighted(fraction, textAndFeedback[0], textAndFeedback[1]);
    }

    /** The fraction of a {@code %weight%}, or null (reported) when it is outside -100 .. 100. */
    Double fraction(Matcher weight, int offset) {
        BigDecimal percent = new BigDecimal(weight.group(1));
        if (percent.abs().compareTo(HUNDRED) > 0) {
            problem(offset, "the weight " + weight.group() + " is outside -100% .. 100%");
            return null;
        }
        return GiftText.positiveZero(percent.movePointLeft(2).doubleValue());
    }

    void problem(int offset, String message) {
        failed = true;
        problems.at(offset, message);
    }

    boolean failed() {
        return failed;
    }

    /** A short, readable quote of a text for a message. */
    static String quote(String text) {
        String line = GiftText.trim(text).replaceAll("\\s+", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'";
    }

    /** {@link #quote} of protected text. */
    static String quoteRaw(String protectedText) {
        return quote(GiftText.restore(protectedText));
    }
}
