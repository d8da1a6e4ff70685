package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftAnswerBlock.quoteRaw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import nl.leerwerkplaats.quiz.control.GiftAnswerBlock.Piece;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * Reads the answer block of the question types with answers in words: multiple choice, short answer, matching
 * and true/false. Each method returns the question, or null when the block had problems (all reported).
 */
final class GiftChoiceParser {

    static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private GiftChoiceParser() {
    }

    /** {@code {=right ~wrong ~%50%half}}: one choice when any answer has {@code =}, several otherwise. */
    static GiftQuestion multichoice(GiftStem stem, GiftAnswerBlock block) {
        List<Piece> pieces = block.pieces(block.from(), block.to(), "~=");
        noTextBeforeFirstAnswer(block, pieces.get(0));
        boolean single = pieces.stream().anyMatch(piece -> piece.marker() == '=');
        List<GiftAnswer> answers = new ArrayList<>();
        double positive = 0;
        for (Piece piece : pieces.subList(1, pieces.size())) {
            GiftAnswerBlock.Weighted answer;
            if (piece.marker() == '=') {
                Matcher weight = GiftText.WEIGHT.matcher(block.body(piece));
                if (weight.lookingAt()) {
                    // Moodle would keep "%50%" as the start of a 100% answer; the author meant partial credit.
                    block.problem(block.at(piece), "'=' gives 100%; write ~" + weight.group() + " for partial credit");
                    continue;
                }
                String[] textAndFeedback = block.textAndFeedback(block.body(piece));
                answer = new GiftAnswerBlock.Weighted(1.0, textAndFeedback[0], textAndFeedback[1]);
            } else {
                answer = block.weighted(piece, 0.0);
            }
            if (answer.text().isEmpty()) {
                block.problem(block.at(piece), "answer " + (answers.size() + 1) + " is empty");
            }
            if (answer.fraction() != null) {
                answers.add(new GiftAnswer(answer.text(), answer.fraction(), answer.feedback(), null, null));
                positive += Math.max(0, answer.fraction());
            }
        }
        if (pieces.size() - 1 < 2) {
            block.problem(block.from(), "multiple choice needs at least 2 answers");
        } else if (!single && positive == 0) {
            block.problem(block.from(), "multiple choice has no correct answer: mark it with '=', or give the correct"
                    + " answers weights such as ~%50% that add up to 100%");
        } else if (!single && Math.round(positive * 100) != 100) {
            // Moodle refuses a multiple-response question whose positive weights do not add up to 100%.
            block.problem(block.from(), "the positive weights add up to " + GiftText.percent(positive)
                    + "%; in multiple response they must add up to 100%");
        }
        return block.failed() ? null : stem.multichoice(single, answers);
    }

    /** {@code {=answer =%50%half#feedback}}; Moodle keeps {@code *} as a wildcard in the answer text. */
    static GiftQuestion shortanswer(GiftStem stem, GiftAnswerBlock block) {
        List<Piece> pieces = block.pieces(block.from(), block.to(), "=");
        noTextBeforeFirstAnswer(block, pieces.get(0));
        List<GiftAnswer> answers = new ArrayList<>();
        for (Piece piece : pieces.subList(1, pieces.size())) {
            GiftAnswerBlock.Weighted answer = block.weighted(piece, 1.0);
            if (answer.text().isEmpty()) {
                block.problem(block.at(piece), "answer " + (answers.size() + 1) + " is empty");
            }
            if (answer.fraction() != null) {
                answers.add(new GiftAnswer(answer.text(), answer.fraction(), answer.feedback(), null, null));
            }
        }
        if (!block.failed()) {
            fullMarks(block, answers, "short answer");
        }
        return block.failed() ? null : stem.shortanswer(answers);
    }

    /** {@code {=question -> answer ...}}, at least 2 pairs as Moodle's importer requires. */
    static GiftQuestion match(GiftStem stem, GiftAnswerBlock block) {
        List<Piece> pieces = block.pieces(block.from(), block.to(), "=");
        noTextBeforeFirstAnswer(block, pieces.get(0));
        List<GiftSubquestion> pairs = new ArrayList<>();
        for (Piece piece : pieces.subList(1, pieces.size())) {
            String body = block.body(piece);
            int arrow = body.indexOf("->");
            if (arrow < 0) {
                block.problem(block.at(piece), "matching pair " + quoteRaw(body) + " has no '->'");
                continue;
            }
            String answer = GiftText.trim(GiftText.restore(body.substring(arrow + 2)));
            if (answer.isEmpty()) {
                block.problem(block.at(piece), "matching pair " + quoteRaw(body) + " has no answer after '->'");
            }
            pairs.add(new GiftSubquestion(block.formatted(body.substring(0, arrow)), answer));
        }
        if (pieces.size() - 1 < 2) {
            block.problem(block.from(), "matching needs at least 2 pairs '=question -> answer'");
        }
        return block.failed() ? null : stem.match(pairs);
    }

    /**
     * {@code {T#wrong#right}}: Moodle gives the first feedback to a wrong answer and the second to a right
     * one, so for {@code {F...}} the first feedback is the one for a learner who answers TRUE.
     */
    static GiftQuestion truefalse(GiftStem stem, GiftAnswerBlock block) {
        String[] parts = block.raw(block.from(), block.to()).split("#", 3);
        boolean correct = block.formatted(GiftText.trim(parts[0])).startsWith("T");
        String wrong = parts.length > 1 ? block.formatted(GiftText.trim(parts[1])) : "";
        String right = parts.length > 2 ? block.formatted(GiftText.trim(parts[2])) : "";
        return correct ? stem.truefalse(true, right, wrong) : stem.truefalse(false, wrong, right);
    }

    /** Moodle refuses a short answer or numerical question without an answer worth 100%. */
    static void fullMarks(GiftAnswerBlock block, List<GiftAnswer> answers, String type) {
        if (answers.stream().noneMatch(answer -> answer.fraction() == 1)) {
            block.problem(block.from(), type + " needs an answer worth 100% ('=' without a weight)");
        }
    }

    /**
     * Moodle takes text before the first {@code =} or {@code ~} as one more answer, so {@code {true}} becomes
     * a short answer accepting "true". That is nearly always a mistake, so it is an error here.
     */
    private static void noTextBeforeFirstAnswer(GiftAnswerBlock block, Piece leading) {
        String text = block.body(leading);
        if (text.isEmpty()) {
            return;
        }
        String word = text.split("[\\s#]+", 2)[0].toUpperCase(Locale.ROOT);
        if (TRUE_FALSE.contains(word)) {
            block.problem(block.at(leading), "a true/false answer is T, TRUE, F or FALSE in capitals, alone, was "
                    + quoteRaw(text));
        } else {
            block.problem(block.at(leading), quoteRaw(text) + " comes before the first answer: start every answer"
                    + " with '=' (or '~' for a wrong choice)");
        }
    }
}
