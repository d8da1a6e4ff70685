package nl.leerwerkplaats.quiz.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GIFT's escapes and text formats, shared by the parser and the writer.
 * <p>
 * Like Moodle, the parser first turns every escape ({@code \~ \= \# \{ \} \: \n}) into a placeholder, so that
 * the structure can be found by looking for the plain special characters, and restores the characters in each
 * piece of text at the end. {@code \\} is one backslash; a backslash before any other character is kept.
 * The placeholders are private-use characters; a private-use character in the file itself is marked so that
 * it comes back unchanged.
 */
final class GiftText {

    /** The format names of {@code [html]} and friends; Moodle's default is {@code moodle}. */
    static final List<String> FORMATS = List.of("moodle", "html", "markdown", "plain");
    static final String DEFAULT_FORMAT = "moodle";

    /** A percent weight at the start of an answer, as Moodle recognises it: {@code %50%}, {@code %-33.3%}. */
    static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d*)?)%");
    /** What PHP's is_numeric accepts, which Moodle uses for numerical answers. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final String ESCAPED = ":#={}~n";
    private static final String RESTORED = ":#={}~\n";
    private static final char PLACEHOLDER = '\uE000';
    /** Marks that the next character is a private-use character from the file, not a placeholder. */
    private static final char LITERAL = (char) (PLACEHOLDER + ESCAPED.length());

    private GiftText() {
    }

    /** One line of the file with its escapes replaced by placeholders. */
    static String protect(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                int escaped = ESCAPED.indexOf(next);
                if (next == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                } else if (escaped >= 0) {
                    out.append((char) (PLACEHOLDER + escaped));
                    i++;
                    continue;
                }
            }
            if (c >= PLACEHOLDER && c <= LITERAL) {
                out.append(LITERAL);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The characters behind the placeholders in a piece of {@link #protect protected} text. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LITERAL && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else if (c >= PLACEHOLDER && c < LITERAL) {
                out.append(RESTORED.charAt(c - PLACEHOLDER));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Protected text as Moodle stores it: an optional {@code [format]} removed, escapes restored, trimmed. */
    static Formatted withFormat(String text, String defaultFormat) {
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            String name = end > 0 ? text.substring(1, end) : "";
            if (FORMATS.contains(name)) {
                return new Formatted(trim(restore(text.substring(end + 1))), name);
            }
        }
        return new Formatted(trim(restore(text)), defaultFormat);
    }

    record Formatted(String text, String format) {
    }

    /** The writer's escaping: every special character gets a backslash; a line break becomes {@code \n}. */
    static String escape(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length() + 8);
        for (char c : lines.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else {
                if (c == '\\' || RESTORED.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when a text would lose its start to a {@code [format]} marker, so the writer must put one before it. */
    static boolean startsWithFormat(String text) {
        return FORMATS.stream().anyMatch(name -> text.startsWith("[" + name + "]"));
    }

    /** PHP's trim, which Moodle applies to lines and texts: Unicode spaces such as U+00A0 stay. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPhpSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isPhpSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isPhpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    /** A number for the writer: no exponent, no trailing zeros, and it parses back to the same double. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a GIFT percentage without the percent signs: 0.5 is {@code 50}. */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** Makes -0.0 into 0.0, so that equal numbers give equal records. */
    static double positiveZero(double value) {
        return value == 0 ? 0.0 : value;
    }
}
