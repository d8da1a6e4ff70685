package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftAnswerBlock.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.quiz.control.GiftAnswerBlock.Piece;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/**
 * Reads the answer block of a numerical question: {@code {#3:2}}, {@code {#1..5}}, or several answers with
 * weights {@code {#=3:0 =%50%3:1 ~#feedback for any other number}}.
 */
final class GiftNumericalParser {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private GiftNumericalParser() {
    }

    /** Returns the question, or null when the block had problems (all reported). */
    static GiftQuestion numerical(GiftStem stem, GiftAnswerBlock block) {
        int start = block.from() + 1;
        // Moodle reads everything after the first '~' as the feedback for any other number.
        int tilde = block.raw(start, block.to()).indexOf('~');
        int end = tilde < 0 ? block.to() : start + tilde;
        List<Piece> pieces = new ArrayList<>(block.pieces(start, end, "="));
        if (block.body(pieces.get(0)).isEmpty()) {
            // Unlike the other types, text before the first '=' is an answer: {#3:2} has no '=' at all.
            pieces.remove(0);
        }
        List<GiftAnswer> answers = new ArrayList<>();
        for (Piece piece : pieces) {
            GiftAnswerBlock.Weighted answer = block.weighted(piece, 1.0);
            GiftAnswer numerical = number(block, block.at(piece), answer);
            if (numerical != null) {
                answers.add(numerical);
            }
        }
        if (pieces.isEmpty()) {
            block.problem(block.from(), "numerical question has no answer: write {#3}, {#3:0.5} or {#1..5}");
        }
        if (tilde >= 0) {
            String other = block.raw(end, block.to());
            int hash = other.indexOf('#');
            String feedback = hash < 0 ? "" : block.formatted(GiftText.trim(other.substring(hash + 1)));
            answers.add(new GiftAnswer(null, 0.0, feedback, null, null));
        }
        if (!block.failed()) {
            GiftChoiceParser.fullMarks(block, answers, "numerical");
        }
        return block.failed() ? null : stem.numerical(answers);
    }

    /** One answer {@code value}, {@code value:tolerance}, {@code min..max} or {@code *}; null when wrong (reported). */
    private static GiftAnswer number(GiftAnswerBlock block, int offset, GiftAnswerBlock.Weighted answer) {
        String text = answer.text();
        if (text.equals("*")) {
            return answer.fraction() == null ? null
                    : new GiftAnswer(null, answer.fraction(), answer.feedback(), null, null);
        }
        BigDecimal value;
        BigDecimal tolerance;
        int range = text.indexOf("..");
        int colon = text.indexOf(':');
        if (range > 0) {
            BigDecimal min = decimal(block, offset, text.substring(0, range));
            BigDecimal max = decimal(block, offset, text.substring(range + 2));
            if (min == null || max == null) {
                return null;
            } else if (min.compareTo(max) > 0) {
                block.problem(offset, "the range " + quote(text) + " starts above its end");
                return null;
            }
            value = min.add(max).divide(TWO);
            tolerance = max.subtract(value);
        } else if (colon > 0) {
            value = decimal(block, offset, text.substring(0, colon));
            tolerance = decimal(block, offset, text.substring(colon + 1));
            if (tolerance != null && tolerance.signum() < 0) {
                block.problem(offset, "the tolerance in " + quote(text) + " is negative");
                return null;
            }
        } else if (text.isEmpty()) {
            block.problem(offset, "a numerical answer is empty");
            return null;
        } else {
            value = decimal(block, offset, text);
            tolerance = BigDecimal.ZERO;
        }
        if (value == null || tolerance == null || answer.fraction() == null) {
            return null;
        }
        return new GiftAnswer(null, answer.fraction(), answer.feedback(),
                GiftText.positiveZero(value.doubleValue()), GiftText.positiveZero(tolerance.doubleValue()));
    }

    /** A number as PHP's is_numeric accepts it, which Moodle checks; null (reported) otherwise. */
    private static BigDecimal decimal(GiftAnswerBlock block, int offset, String text) {
        String trimmed = GiftText.trim(text);
        if (!GiftText.NUMBER.matcher(trimmed).matches()) {
            block.problem(offset, "the numerical answer " + quote(trimmed) + " is not a number");
            return null;
        }
        // Through double, which is what is stored, so that an exponent such as 1e999999 cannot blow up.
        double number = Double.parseDouble(trimmed);
        if (!Double.isFinite(number)) {
            block.problem(offset, "the number " + quote(trimmed) + " is too large");
            return null;
        }
        return BigDecimal.valueOf(number);
    }
}
