package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftAnswerBlock.quote;
import static nl.leerwerkplaats.quiz.control.GiftAnswerBlock.quoteRaw;

import java.util.ArrayList;
import java.util.List;

import nl.leerwerkplaats.platform.ContentError;

import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/**
 * Reads Moodle's GIFT quiz format as Moodle's importer (qformat_gift) does, reporting every problem as
 * {@code path:line: message} that names the question; a malformed question is skipped, never read as
 * another type. Where Moodle would silently import a likely mistake, this parser reports it instead: text
 * before the first answer (such as {@code {true}}), {@code =%50%} in multiple choice, an unclosed title, a
 * non-number in a numerical answer, and a question or category line without a blank line before it.
 */
public class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    /** Moodle puts this where the answer block was, when text follows it (a missing-word question). */
    static final String BLANK = "_____";

    /** Reads GIFT text; {@code file} is the path shown in errors. Never throws on bad input. */
    public static GiftParseResult parse(String content, String file) {
        List<GiftQuestion> questions = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        String category = null;
        for (GiftBlock block : GiftBlock.split(content)) {
            category = new BlockReader(block, file, errors).read(category, questions);
        }
        return new GiftParseResult(questions, errors);
    }

    /** Reads one block: a category line or a question. */
    private static final class BlockReader {
        private final GiftBlock block;
        private final String text;
        private final String file;
        private final List<ContentError> errors;
        /** How errors name the question: its title, or else the text from this offset. */
        private String title;
        private int labelFrom;
        private int labelEnd;

        BlockReader(GiftBlock block, String file, List<ContentError> errors) {
            this.block = block;
            this.text = block.text();
            this.file = file;
            this.errors = errors;
        }

        /** Adds the block's question, if valid, and returns the category for the blocks that follow. */
        String read(String category, List<GiftQuestion> questions) {
            int start = skipSpace(0);
            int end = GiftText.trim(text).length() + start;
            if (text.startsWith(CATEGORY, start)) {
                return category(start, end, category);
            }
            int before = errors.size();
            GiftQuestion question = question(start, end, category);
            if (question != null && errors.size() == before) {
                questions.add(question);
            }
            return category;
        }

        private String category(int start, int end, String current) {
            int lineEnd = text.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? end : lineEnd;
            String name = GiftText.trim(GiftText.restore(text.substring(start + CATEGORY.length(), lineEnd)));
            int rest = skipSpace(lineEnd);
            if (rest < end) {
                labelFrom = rest;
                labelEnd = end;
                error(rest, "skipped: it follows '" + CATEGORY + " " + name + "' without a blank line, so Moodle"
                        + " would read it as part of the category name");
            }
            if (name.isEmpty()) {
                errors.add(new ContentError(file, block.lineAt(start), CATEGORY + " has no category name"));
                return current;
            }
            return name;
        }

        private GiftQuestion question(int start, int end, String category) {
            int position = start;
            String name = null;
            labelFrom = start;
            labelEnd = end;
            if (text.startsWith("::", start)) {
                int close = text.indexOf("::", start + 2);
                if (close < 0) {
                    error(start, "the title is not closed by '::' (write \\: for a colon in a title)");
                    return null;
                }
                name = GiftText.trim(GiftText.restore(text.substring(start + 2, close)));
                position = skipSpace(close + 2);
                title = name.isEmpty() ? null : name;
                labelFrom = position;
            }
            int next = nextQuestion(position, end);
            if (next < end) {
                // Moodle would take it into this question's text, or make this a missing-word question.
                int open = firstOf(position, next, "{");
                if (open < next && firstOf(open, next, "}") == next) {
                    error(open, "the '{' is not closed by '}' before line " + block.lineAt(next)
                            + ", which starts like another question");
                } else {
                    error(next, "line " + block.lineAt(next) + " starts like another question or category: put a"
                            + " blank line before it (or write \\: for a colon at the start of a line)");
                }
                return null;
            }
            int open = firstOf(position, end, "{");
            int close = firstOf(position, end, "}");
            if (!bracesFit(open, close, end)) {
                return null;
            }
            boolean description = open == end;
            String stemText = description ? text.substring(position, end) : text.substring(position, open)
                    + (close == end - 1 ? "" : BLANK) + text.substring(close + 1, end);
            GiftText.Formatted questionText = GiftText.withFormat(stemText, GiftText.DEFAULT_FORMAT);
            if (questionText.text().isEmpty()) {
                error(position, "the question text is empty");
            }
            if (description) {
                return new GiftStem(block.firstLine(), name, questionText.text(), "", category, questionText.format())
                        .description();
            }
            int answersEnd = close;
            String generalFeedback = "";
            int separator = text.lastIndexOf("####", close - 4);
            if (separator > open) {
                String feedback = text.substring(separator + 4, close);
                generalFeedback = GiftText.withFormat(feedback, questionText.format()).text();
                answersEnd = separator;
            }
            int answersStart = skipSpace(open + 1);
            answersEnd = answersStart + GiftText.trim(text.substring(answersStart, answersEnd)).length();
            GiftStem stem = new GiftStem(block.firstLine(), name, questionText.text(), generalFeedback, category,
                    questionText.format());
            GiftAnswerBlock answers = new GiftAnswerBlock(text, answersStart, answersEnd, questionText.format(),
                    this::error);
            return answers(stem, answers, text.substring(answersStart, answersEnd));
        }

        /** Moodle's choice of question type, by the characters in the answer block. */
        private static GiftQuestion answers(GiftStem stem, GiftAnswerBlock block, String answers) {
            if (answers.isEmpty()) {
                return stem.essay();
            } else if (answers.startsWith("#")) {
                return GiftNumericalParser.numerical(stem, block);
            } else if (answers.contains("~")) {
                return GiftChoiceParser.multichoice(stem, block);
            } else if (answers.contains("=") && answers.contains("->")) {
                return GiftChoiceParser.match(stem, block);
            }
            int hash = answers.indexOf('#');
            String beforeFeedback = hash > 0 ? GiftText.trim(answers.substring(0, hash)) : answers;
            if (GiftChoiceParser.TRUE_FALSE.contains(beforeFeedback)) {
                return GiftChoiceParser.truefalse(stem, block);
            }
            return GiftChoiceParser.shortanswer(stem, block);
        }

        /** Like Moodle, the first '{' and the first '}' delimit the answers; any other brace is an error. */
        private boolean bracesFit(int open, int close, int end) {
            if (open == end && close == end) {
                return true;
            } else if (open == end) {
                error(close, "'}' without '{' (write \\} for a brace in the text)");
            } else if (close == end) {
                error(open, "the '{' is not closed by '}'");
            } else if (close < open) {
                error(close, "'}' comes before the answer block's '{' (write \\} for a brace in the text)");
            } else if (firstOf(open + 1, close, "{") < close) {
                int next = firstOf(open + 1, close, "{");
                error(open, "the '{' on line " + block.lineAt(open) + " is not closed before the next '{' on line "
                        + block.lineAt(next));
            } else if (firstOf(close + 1, end, "{}") < end) {
                error(firstOf(close + 1, end, "{}"), "text after the answer block cannot be parsed: "
                        + quoteRaw(text.substring(close + 1, end)) + " (a question has one answer block;"
                        + " write \\{ and \\} for braces in the text)");
            } else {
                return true;
            }
            return false;
        }

        /** The title, or the start of the question text to name a question without a title. */
        private String label() {
            if (title != null) {
                return quote(title);
            }
            String first = text.substring(labelFrom, firstOf(labelFrom, labelEnd, "{\n"));
            return quoteRaw(GiftText.trim(first).isEmpty() ? text.substring(labelFrom, labelEnd) : first);
        }

        private void error(int offset, String message) {
            errors.add(new ContentError(file, block.lineAt(offset), "question " + label() + ": " + message));
        }

        /** Where a line after the first starts with a title or a category, or end. */
        private int nextQuestion(int from, int end) {
            for (int i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
                if (text.startsWith("::", i + 1) || text.startsWith(CATEGORY, i + 1)) {
                    return i + 1;
                }
            }
            return end;
        }

        /** The first of the characters between from and end, or end. */
        private int firstOf(int from, int end, String characters) {
            for (int i = from; i < end; i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return end;
        }

        private int skipSpace(int from) {
            int i = from;
            while (i < text.length() && GiftText.isPhpSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
