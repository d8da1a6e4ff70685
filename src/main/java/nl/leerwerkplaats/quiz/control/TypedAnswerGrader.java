package nl.leerwerkplaats.quiz.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.leerwerkplaats.quiz.control.Grade.Status;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;

/**
 * Grades what a learner typed for a short answer or numerical question: the first answer, in file order,
 * that matches gives its weight and feedback (Moodle's question_first_matching_answer_grading_strategy).
 */
final class TypedAnswerGrader {

    /**
     * A number as a learner types it: a decimal point or a Dutch decimal comma, an optional exponent as Moodle
     * allows ({@code 1e3}); no thousands separators, so {@code 1.000,5} is not a number.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
    /** Moodle widens the tolerance by 10^-14 of the value, so that 0.1 + 0.3 still reaches 0.4. */
    private static final double SLACK = 1e-14;

    private TypedAnswerGrader() {
    }

    /**
     * Moodle's short answer as GIFT imports it (usecase=0): case-insensitive, surrounding whitespace ignored,
     * both sides in Unicode NFC; {@code *} matches any run of characters, {@code \*} a star, all else is literal.
     */
    static Grade shortAnswer(List<GiftAnswer> answers, String typed) {
        String given = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        if (given.isEmpty()) {
            // Moodle trims the input before it checks whether there is an answer.
            return Grade.of(Status.UNANSWERED);
        }
        for (GiftAnswer answer : answers) {
            if (matches(given, literalParts(Normalizer.normalize(answer.text().strip(), Normalizer.Form.NFC)))) {
                return Grade.graded(Math.max(0, answer.fraction()), answer.feedback());
            }
        }
        return Grade.graded(0, "");
    }

    /**
     * Moodle's numerical: the first answer with {@code value - tolerance <= given <= value + tolerance}, or an
     * any-number answer, gives its weight. Text that is not a number is wrong ("not a valid number").
     */
    static Grade numerical(List<GiftAnswer> answers, String typed) {
        String given = typed.strip();
        if (given.isEmpty()) {
            return Grade.of(Status.UNANSWERED);
        }
        Double number = number(given);
        if (number == null) {
            return Grade.graded(0, "");
        }
        for (GiftAnswer answer : answers) {
            if (answer.catchAll() || within(answer, number)) {
                return Grade.graded(Math.max(0, answer.fraction()), answer.feedback());
            }
        }
        return Grade.graded(0, "");
    }

    /** The number typed, or null when it is not one. */
    static Double number(String typed) {
        if (!NUMBER.matcher(typed).matches()) {
            return null;
        }
        double number = Double.parseDouble(typed.replace(',', '.'));
        return Double.isFinite(number) ? number : null;
    }

    private static boolean within(GiftAnswer answer, double given) {
        double value = answer.value();
        double tolerance = Math.abs(answer.tolerance() == null ? 0 : answer.tolerance())
                + SLACK * Math.max(1, Math.abs(value));
        return value - tolerance <= given && given <= value + tolerance;
    }

    /** The literal pieces between the wildcards: {@code a*b} gives a, b; a run of stars counts as one. */
    static List<String> literalParts(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && pattern.startsWith("*", i + 1)) {
                part.append('*');
                i++;
            } else if (c == '*') {
                parts.add(part.toString());
                part.setLength(0);
                while (pattern.startsWith("*", i + 1)) {
                    i++;
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * Whether the text is the parts with anything between them. Without a regex, so no input can make it
     * backtrack for long: the first part is a prefix, the last a suffix, the middle ones found left to right.
     */
    static boolean matches(String text, List<String> parts) {
        String first = parts.get(0);
        if (parts.size() == 1) {
            return text.equalsIgnoreCase(first);
        }
        String last = parts.get(parts.size() - 1);
        int end = text.length() - last.length();
        if (end < first.length() || !text.regionMatches(true, 0, first, 0, first.length())
                || !text.regionMatches(true, end, last, 0, last.length())) {
            return false;
        }
        int at = first.length();
        for (String middle : parts.subList(1, parts.size() - 1)) {
            at = indexOfIgnoreCase(text, middle, at, end);
            if (at < 0) {
                return false;
            }
            at += middle.length();
        }
        return true;
    }

    private static int indexOfIgnoreCase(String text, String part, int from, int end) {
        for (int at = from; at + part.length() <= end; at++) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return at;
            }
        }
        return -1;
    }
}
