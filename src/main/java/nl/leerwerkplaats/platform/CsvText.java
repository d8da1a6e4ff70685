package nl.leerwerkplaats.platform;

import java.util.List;

/**
 * The pieces every CSV export shares: RFC 4180 records with CRLF line ends, quoting, and a guard against formula
 * injection. One copy, so a fix to the guard reaches every export at once.
 */
public final class CsvText {

    /** A UTF-8 byte order mark, without which Excel reads the file as ANSI and garbles names like "Eliëns". */
    public static final String BOM = "\uFEFF";
    public static final String CRLF = "\r\n";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /** Appends one record: the fields, each through {@link #field(String)}, comma-separated, ended by CRLF. */
    public static void record(StringBuilder csv, List<String> fields) {
        for (int index = 0; index < fields.size(); index++) {
            csv.append(index == 0 ? "" : ",").append(field(fields.get(index)));
        }
        csv.append(CRLF);
    }

    /**
     * One field, quoted when RFC 4180 requires it; null is empty. Names and titles are typed by people, so a field
     * a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises against CSV injection.
     */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
