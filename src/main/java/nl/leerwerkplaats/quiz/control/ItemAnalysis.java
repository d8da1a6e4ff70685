package nl.leerwerkplaats.quiz.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * The item analysis of a quiz, as lecturers know it from Moodle's quiz statistics: per question how often it
 * was shown, answered and fully right, the average score, and how often each option was given.
 */
public final class ItemAnalysis {

    /** Moodle's margin for full credit (question_state::graded_state_for_fraction). */
    static final double RIGHT = 0.999999;
    /** Typed responses listed one by one; the rest share one "other" line, as a long tail says little. */
    static final int TOP = 10;

    private ItemAnalysis() {
    }

    /**
     * One question of one submitted attempt.
     *
     * @param questionIndex the question's index in the quiz file
     * @param response      the stored JSON (see {@link ResponseCodec}), or null when never answered
     * @param fraction      the credit from 0 to 1, or null when not graded yet
     * @param status        how the question was graded
     */
    public record Answered(int questionIndex, String response, Double fraction, Status status) {
        public Answered {
            Objects.requireNonNull(status, "status");
        }
    }

    /** One entry per question but descriptions, in quiz order; a question never shown has zero counts. */
    public static List<QuestionStatistics> of(List<GiftQuestion> questions, List<Answered> answered) {
        List<List<Answered>> byQuestion = new ArrayList<>();
        questions.forEach(question -> byQuestion.add(new ArrayList<>()));
        for (Answered row : answered) {
            // Rows of a question no longer in the file (an edited quiz) cannot be placed, so they are left out.
            if (row.questionIndex() >= 0 && row.questionIndex() < questions.size()) {
                byQuestion.get(row.questionIndex()).add(row);
            }
        }
        List<QuestionStatistics> statistics = new ArrayList<>();
        for (int index = 0; index < questions.size(); index++) {
            GiftQuestion question = questions.get(index);
            if (!GiftQuestion.DESCRIPTION.equals(question.type())) {
                statistics.add(statistics(index, question, byQuestion.get(index)));
            }
        }
        return statistics;
    }

    private static QuestionStatistics statistics(int index, GiftQuestion question, List<Answered> rows) {
        int answered = 0;
        int correct = 0;
        int pending = 0;
        double credit = 0;
        for (Answered row : rows) {
            answered += row.status() == Status.UNANSWERED ? 0 : 1;
            correct += row.status() == Status.CORRECT ? 1 : 0;
            if (row.status() == Status.PENDING) {
                pending++;
            } else if (row.fraction() != null) {
                credit += row.fraction();
            }
        }
        int shown = rows.size();
        int marked = shown - pending;
        return new QuestionStatistics(index, question.name(), question.type(), question.text(), shown, answered,
                correct, pending, shown == 0 ? 0 : (double) correct / shown, marked == 0 ? 0 : credit / marked,
                options(question, rows));
    }

    private static List<OptionCount> options(GiftQuestion question, List<Answered> rows) {
        return switch (question.type()) {
            case GiftQuestion.MULTICHOICE -> choices(question, rows);
            case GiftQuestion.TRUEFALSE -> trueFalse(question, rows);
            case GiftQuestion.SHORTANSWER, GiftQuestion.NUMERICAL -> typed(question, rows);
            case GiftQuestion.MATCH -> matches(question, rows);
            case GiftQuestion.ESSAY -> List.of(unanswered(question, rows));
            default -> List.of();
        };
    }

    private static List<OptionCount> choices(GiftQuestion question, List<Answered> rows) {
        int[] chosen = new int[question.answers().size()];
        for (Answered row : rows) {
            if (read(question, row) instanceof Choice choice) {
                choice.answerIndexes().forEach(answer -> chosen[answer]++);
            }
        }
        List<OptionCount> options = new ArrayList<>();
        for (int answer = 0; answer < chosen.length; answer++) {
            var given = question.answers().get(answer);
            options.add(OptionCount.labelled(given.text(), given.fraction() > 0, chosen[answer]));
        }
        options.add(unanswered(question, rows));
        return options;
    }

    private static List<OptionCount> trueFalse(GiftQuestion question, List<Answered> rows) {
        int trueCount = 0;
        int falseCount = 0;
        for (Answered row : rows) {
            if (read(question, row) instanceof TrueFalse answer) {
                trueCount += answer.value() ? 1 : 0;
                falseCount += answer.value() ? 0 : 1;
            }
        }
        boolean statement = Boolean.TRUE.equals(question.correct());
        return List.of(OptionCount.keyed(OptionCount.TRUE, statement, trueCount),
                OptionCount.keyed(OptionCount.FALSE, !statement, falseCount), unanswered(question, rows));
    }

    /** Distinct typed responses, most frequent first; short answers compare as Moodle grades them, ignoring case. */
    private static List<OptionCount> typed(GiftQuestion question, List<Answered> rows) {
        boolean ignoreCase = GiftQuestion.SHORTANSWER.equals(question.type());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Answered row : rows) {
            if (read(question, row) instanceof Text text) {
                String typed = text.text().strip();
                // NFC as the grader compares, so the same word typed on another keyboard is one option.
                String key = Normalizer.normalize(typed, Normalizer.Form.NFC);
                key = ignoreCase ? key.toLowerCase(Locale.ROOT) : key;
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(typed));
                tally.count++;
                tally.right |= row.fraction() != null && row.fraction() >= RIGHT;
            }
        }
        List<Tally> ranked = ranked(tallies);
        List<OptionCount> options = new ArrayList<>();
        int other = 0;
        for (int rank = 0; rank < ranked.size(); rank++) {
            Tally tally = ranked.get(rank);
            if (rank < TOP) {
                options.add(OptionCount.labelled(tally.label, tally.right, tally.count));
            } else {
                other += tally.count;
            }
        }
        if (ranked.size() > TOP) {
            options.add(OptionCount.keyed(OptionCount.OTHER, false, other));
        }
        options.add(unanswered(question, rows));
        return options;
    }

    /** Per subquestion in file order, the answers chosen for it, most frequent first. */
    private static List<OptionCount> matches(GiftQuestion question, List<Answered> rows) {
        List<Matching> responses = new ArrayList<>();
        for (Answered row : rows) {
            if (read(question, row) instanceof Matching matching) {
                responses.add(matching);
            }
        }
        List<OptionCount> options = new ArrayList<>();
        List<GiftSubquestion> pairs = question.subquestions();
        for (int index = 0; index < pairs.size(); index++) {
            GiftSubquestion pair = pairs.get(index);
            if (pair.text().isEmpty()) {
                continue;
            }
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (Matching matching : responses) {
                String chosen = matching.chosen().get(index);
                if (chosen != null && !chosen.isEmpty()) {
                    tallies.computeIfAbsent(chosen, Tally::new).count++;
                }
            }
            for (Tally tally : ranked(tallies)) {
                options.add(OptionCount.labelled(pair.text() + " → " + tally.label, tally.label.equals(pair.answer()),
                        tally.count));
            }
        }
        options.add(unanswered(question, rows));
        return options;
    }

    private static OptionCount unanswered(GiftQuestion question, List<Answered> rows) {
        int count = 0;
        for (Answered row : rows) {
            count += read(question, row) == QuestionResponse.NONE ? 1 : 0;
        }
        return OptionCount.keyed(OptionCount.UNANSWERED, false, count);
    }

    /** Most frequent first; equal counts keep the order first seen (a stable sort). */
    private static List<Tally> ranked(Map<String, Tally> tallies) {
        List<Tally> ranked = new ArrayList<>(tallies.values());
        ranked.sort(Comparator.comparingInt((Tally tally) -> tally.count).reversed());
        return ranked;
    }

    /**
     * The response as given, or {@link QuestionResponse#NONE} when there is none to count: graded unanswered,
     * empty, or unreadable. A bad row must not break the statistics of a whole quiz, so any failure is no answer.
     */
    static QuestionResponse read(GiftQuestion question, Answered row) {
        if (row.status() == Status.UNANSWERED) {
            return QuestionResponse.NONE;
        }
        QuestionResponse response;
        try {
            response = ResponseCodec.decode(question, row.response());
        } catch (RuntimeException unreadable) {
            return QuestionResponse.NONE;
        }
        return empty(response) ? QuestionResponse.NONE : response;
    }

    private static boolean empty(QuestionResponse response) {
        if (response instanceof Choice choice) {
            return choice.answerIndexes().isEmpty();
        } else if (response instanceof Text text) {
            return text.text().isBlank();
        } else if (response instanceof Essay essay) {
            return essay.text().isEmpty(); // as the grader: a lecturer marks even a blank essay
        } else if (response instanceof Matching matching) {
            return matching.chosen().values().stream().allMatch(String::isEmpty);
        }
        return response == QuestionResponse.NONE;
    }

    /** A running count of one distinct option, labelled with its first spelling. */
    private static final class Tally {
        private final String label;
        private int count;
        private boolean right;

        Tally(String label) {
            this.label = label;
        }
    }
}
