package nl.leerwerkplaats.cohort.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV layer under {@link RosterCsv}: bytes to text and text to records, in the dialect described there.
 * It knows nothing of columns or students; only blank records are judged by {@link RosterCells#clean}.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    // --- encoding

    record Decoded(String text, int badLine) {
    }

    /** Strict UTF-8 with an optional BOM; on failure, the line of the first bad byte, to help find it. */
    static Decoded decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, line);
        }
        return new Decoded(out.flip().toString(), 0);
    }

    // --- CSV records

    /** One CSV record: its cells and the physical line it starts on. */
    record CsvRecord(int line, List<String> cells, boolean unclosed) {

        boolean blank() {
            return !unclosed && cells.stream().allMatch(cell -> RosterCells.clean(cell).isEmpty());
        }
    }

    /**
     * Splits text into records the RFC 4180 way. Line numbers count every line end, also those inside quoted
     * fields, so a record is reported on the line where it starts.
     */
    static final class Tokenizer {
        private final String text;
        private int pos;
        private int line = 1;
        final char delimiter;

        Tokenizer(String text) {
            this.text = text;
            Character declared = declaredDelimiter();
            this.delimiter = declared != null ? declared : detectDelimiter();
        }

        /** Excel writes and honours a first line {@code sep=;}; it names the delimiter and is no data. */
        private Character declaredDelimiter() {
            if (text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)
                    && (text.length() == 5 || text.charAt(5) == '\r' || text.charAt(5) == '\n')) {
                char declared = text.charAt(4);
                pos = 5;
                skipLineEnd();
                return declared;
            }
            return null;
        }

        /** The most frequent of tab, ';' and ',' outside quotes in the first non-blank line; ties go in that order. */
        private char detectDelimiter() {
            int tabs = 0;
            int semicolons = 0;
            int commas = 0;
            boolean quoted = false;
            boolean content = false;
            for (int i = pos; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (content) {
                        break;
                    }
                } else if (!quoted && c == '\t') {
                    tabs++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
                content |= !Character.isWhitespace(c);
            }
            if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
                return '\t';
            }
            return commas > semicolons ? ',' : ';';
        }

        CsvRecord nextNonBlank() {
            CsvRecord record = next();
            while (record != null && record.blank()) {
                record = next();
            }
            return record;
        }

        CsvRecord next() {
            if (pos >= text.length()) {
                return null;
            }
            int start = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            while (true) {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    pos++;
                    if (!readQuoted(cell)) {
                        cells.add(cell.toString());
                        return new CsvRecord(start, cells, true);
                    }
                }
                // Unquoted text, or what follows a closing quote: Excel keeps it, and so do we.
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    cell.append(c);
                    pos++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (pos < text.length() && text.charAt(pos) == delimiter) {
                    pos++;
                    continue;
                }
                skipLineEnd();
                return new CsvRecord(start, cells, false);
            }
        }

        /** Reads up to and past the closing quote; false when the text ends first. */
        private boolean readQuoted(StringBuilder cell) {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        return true;
                    }
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    cell.append('\n');
                } else {
                    cell.append(c);
                }
            }
            return false;
        }

        private void skipLineEnd() {
            if (pos < text.length() && text.charAt(pos) == '\r') {
                pos++;
                line++;
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
            } else if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
                line++;
            }
        }
    }
}
