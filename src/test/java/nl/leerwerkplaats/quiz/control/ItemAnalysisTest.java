package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftSnippets.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.control.Grade.Status;
import nl.leerwerkplaats.quiz.control.ItemAnalysis.Answered;

/** Moodle's quiz statistics per question: facility, average score and the response analysis per option. */
class ItemAnalysisTest {

    static final String SINGLE = "::Capital:: Capital? {=Paris ~%50%Parijs ~Lyon ~%-50%Berlin}";
    static final String MULTI = "Colours? {~%50%yellow ~%50%green ~%-100%red ~blue}";

    static Answered row(String json, Double fraction, Status status) {
        return new Answered(0, json, fraction, status);
    }

    /** The statistics of the one question of a GIFT snippet. */
    static QuestionStatistics single(String gift, Answered... rows) {
        List<QuestionStatistics> stats = ItemAnalysis.of(questions(gift), List.of(rows));
        assertEquals(1, stats.size());
        return stats.get(0);
    }

    static OptionCount text(String label, boolean right, int count) {
        return OptionCount.labelled(label, right, count);
    }

    static OptionCount unanswered(int count) {
        return OptionCount.keyed(OptionCount.UNANSWERED, false, count);
    }

    @Test
    @DisplayName("3 shown, 1 right, 1 half right, 1 unanswered: share right 1/3, average 0.5, answered 2")
    void arithmetic() {
        QuestionStatistics stats = single(SINGLE, row("{\"choices\":[0]}", 1.0, Status.CORRECT),
                row("{\"choices\":[1]}", 0.5, Status.PARTIAL), row("{}", 0.0, Status.UNANSWERED));
        assertEquals(3, stats.shown());
        assertEquals(2, stats.answered());
        assertEquals(1, stats.correct());
        assertEquals(0, stats.pending());
        assertEquals(1.0 / 3, stats.shareCorrect(), 1e-12);
        assertEquals(0.5, stats.averageScore(), 1e-12);
        assertEquals("Capital", stats.name());
        assertEquals("multichoice", stats.type());
        assertEquals("Capital?", stats.text());
    }

    @Test
    @DisplayName("Multiple choice: one option per answer in file order, right when it earns credit, plus unanswered")
    void multipleChoiceOptions() {
        QuestionStatistics stats = single(SINGLE, row("{\"choices\":[0]}", 1.0, Status.CORRECT),
                row("{\"choices\":[3]}", 0.0, Status.WRONG), row("{\"choices\":[0]}", 1.0, Status.CORRECT),
                row(null, null, Status.UNANSWERED));
        assertEquals(List.of(text("Paris", true, 2), text("Parijs", true, 0), text("Lyon", false, 0),
                text("Berlin", false, 1), unanswered(1)), stats.options());
    }

    @Test
    @DisplayName("Multiple response: each chosen answer counts; an empty choice is unanswered")
    void multipleResponseOptions() {
        QuestionStatistics stats = single(MULTI, row("{\"choices\":[0,1]}", 1.0, Status.CORRECT),
                row("{\"choices\":[1,2]}", 0.0, Status.WRONG), row("{\"choices\":[]}", 0.0, Status.UNANSWERED));
        assertEquals(List.of(text("yellow", true, 1), text("green", true, 2), text("red", false, 1),
                text("blue", false, 0), unanswered(1)), stats.options());
        assertEquals(1.0 / 3, stats.averageScore(), 1e-12);
    }

    @Test
    @DisplayName("True/false: TRUE and FALSE as message keys, right as the statement, plus unanswered")
    void trueFalse() {
        Answered[] rows = {row("{\"value\":true}", 0.0, Status.WRONG), row("{\"value\":false}", 1.0, Status.CORRECT),
                row("{\"value\":false}", 1.0, Status.CORRECT), row("{}", null, Status.UNANSWERED)};
        QuestionStatistics stats = single("It is false. {F}", rows);
        assertEquals(List.of(OptionCount.keyed(OptionCount.TRUE, false, 1), OptionCount.keyed(OptionCount.FALSE, true, 2),
                unanswered(1)), stats.options());
        assertEquals(0.5, stats.shareCorrect(), 1e-12);
        assertEquals(List.of(true, false, false), single("It is true. {T}").options().stream()
                .map(OptionCount::right).toList());
    }

    @Test
    @DisplayName("Short answer: trimmed, case-insensitive, first spelling shown, most frequent first, right from "
            + "the stored fraction")
    void shortAnswer() {
        QuestionStatistics stats = single("Best animal?{=Frog =%50%Cat}", row("{\"text\":\"cat\"}", 0.5, Status.PARTIAL),
                row("{\"text\":\" Frog \"}", 1.0, Status.CORRECT), row("{\"text\":\"FROG\"}", 1.0, Status.CORRECT),
                row("{\"text\":\"CAT\"}", 0.5, Status.PARTIAL), row("{\"text\":\"frog\"}", 1.0, Status.CORRECT),
                row("{\"text\":\"   \"}", 0.0, Status.UNANSWERED), row("{\"text\":\"dog\"}", 0.0, Status.WRONG));
        assertEquals(List.of(text("Frog", true, 3), text("cat", false, 2), text("dog", false, 1), unanswered(1)),
                stats.options());
    }

    @Test
    @DisplayName("Numerical: typed spellings stay apart (3,5 is not 3.5), trimmed; right at full credit")
    void numerical() {
        QuestionStatistics stats = single("Half of seven? {#3.5}", row("{\"text\":\"3,5\"}", 1.0, Status.CORRECT),
                row("{\"text\":\"3.5 \"}", 1.0, Status.CORRECT), row("{\"text\":\"3,5\"}", 1.0, Status.CORRECT),
                row("{\"text\":\"-3\"}", 0.0, Status.WRONG));
        assertEquals(List.of(text("3,5", true, 2), text("3.5", true, 1), text("-3", false, 1), unanswered(0)),
                stats.options());
        assertEquals(0.75, stats.shareCorrect(), 1e-12);
    }

    @Test
    @DisplayName("Typed responses: the 10 most frequent, then one 'other' line summing the rest, then unanswered")
    void topTenAndOther() {
        List<Answered> rows = new ArrayList<>();
        for (int word = 0; word < 13; word++) {
            // word 0 typed 13 times, word 12 once, so the rank is the word's number
            for (int times = 0; times < 13 - word; times++) {
                rows.add(row("{\"text\":\"w" + word + "\"}", 0.0, Status.WRONG));
            }
        }
        List<OptionCount> options = ItemAnalysis.of(questions("Word? {=right}"), rows).get(0).options();
        assertEquals(12, options.size());
        for (int rank = 0; rank < 10; rank++) {
            assertEquals(text("w" + rank, false, 13 - rank), options.get(rank));
        }
        assertEquals(OptionCount.keyed(OptionCount.OTHER, false, 3 + 2 + 1), options.get(10));
        assertEquals(unanswered(0), options.get(11));
    }

    @Test
    @DisplayName("Exactly 10 distinct typed responses need no 'other' line")
    void tenWithoutOther() {
        List<Answered> rows = new ArrayList<>();
        for (int word = 0; word < 10; word++) {
            rows.add(row("{\"text\":\"w" + word + "\"}", 0.0, Status.WRONG));
        }
        List<OptionCount> options = ItemAnalysis.of(questions("Word? {=right}"), rows).get(0).options();
        assertEquals(11, options.size());
        assertEquals(OptionCount.UNANSWERED, options.get(10).messageKey());
    }

    @Test
    @DisplayName("Matching: 'subquestion → chosen' per subquestion in file order, most frequent first; the "
            + "distractor is no subquestion; a response with nothing chosen is unanswered")
    void matching() {
        String gift = "Match.{=Canada -> Ottawa =Italy -> Rome = -> Paris}";
        QuestionStatistics stats = single(gift,
                row("{\"matches\":{\"0\":\"Ottawa\",\"1\":\"Paris\"}}", 0.5, Status.PARTIAL),
                row("{\"matches\":{\"0\":\"Rome\",\"1\":\"Rome\"}}", 0.5, Status.PARTIAL),
                row("{\"matches\":{\"0\":\"Ottawa\",\"1\":\"\"}}", 0.5, Status.PARTIAL),
                row("{\"matches\":{\"0\":\"\"}}", 0.0, Status.UNANSWERED));
        assertEquals(List.of(text("Canada → Ottawa", true, 2), text("Canada → Rome", false, 1),
                text("Italy → Paris", false, 1), text("Italy → Rome", true, 1), unanswered(1)), stats.options());
    }

    @Test
    @DisplayName("Essay: pending marks count as shown but not in the average; only the unanswered option")
    void essay() {
        QuestionStatistics stats = single("Write.{}", row("{\"text\":\"My day\"}", null, Status.PENDING),
                row("{\"text\":\"Good\"}", 1.0, Status.CORRECT), row("{\"text\":\"Poor\"}", 0.0, Status.WRONG),
                row("{\"text\":\"\"}", 0.0, Status.UNANSWERED));
        assertEquals(4, stats.shown());
        assertEquals(3, stats.answered());
        assertEquals(1, stats.pending());
        assertEquals(1.0 / 3, stats.averageScore(), 1e-12, "(1 + 0 + 0) / 3 marked");
        assertEquals(0.25, stats.shareCorrect(), 1e-12);
        assertEquals(List.of(unanswered(1)), stats.options());
    }

    @Test
    @DisplayName("Only pending essays: the average is 0, not NaN")
    void onlyPending() {
        QuestionStatistics stats = single("Write.{}", row("{\"text\":\"My day\"}", null, Status.PENDING));
        assertEquals(0.0, stats.averageScore());
        assertEquals(0.0, stats.shareCorrect());
        assertEquals(List.of(unanswered(0)), stats.options());
    }

    @Test
    @DisplayName("All questions but descriptions, in quiz order, with zero counts when never shown; rows for an "
            + "index outside the quiz are ignored")
    void quizOrderAndNeverShown() {
        List<QuestionStatistics> stats = ItemAnalysis.of(questions("""
                Intro without answers.

                ::A:: First {T}

                ::B:: Second {=x ~y}
                """), List.of(new Answered(2, "{\"choices\":[1]}", 0.0, Status.WRONG),
                new Answered(7, "{\"value\":true}", 1.0, Status.CORRECT),
                new Answered(-1, "{\"value\":true}", 1.0, Status.CORRECT)));
        assertEquals(List.of(1, 2), stats.stream().map(QuestionStatistics::questionIndex).toList());
        QuestionStatistics first = stats.get(0);
        assertEquals(List.of(0, 0, 0, 0), List.of(first.shown(), first.answered(), first.correct(), first.pending()));
        assertEquals(0.0, first.shareCorrect());
        assertEquals(0.0, first.averageScore());
        assertEquals(List.of(0, 0, 0), first.options().stream().map(OptionCount::count).toList());
        assertEquals(1, stats.get(1).shown());
        assertEquals(List.of(text("x", true, 0), text("y", false, 1), unanswered(0)), stats.get(1).options());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"{\"choices\":[0", "[0]", "", "null", "{\"choices\":[9]}", "{\"choices\":[1.5]}",
            "{\"choices\":\"0\"}", "{\"value\":true}", "{\"choices\":[0,1]}"})
    @DisplayName("A response that cannot be read for its question counts as unanswered and never throws")
    void unreadableIsUnanswered(String json) {
        QuestionStatistics stats = single(SINGLE, row(json, 0.0, Status.WRONG), row("{\"choices\":[2]}", 0.0,
                Status.WRONG));
        assertEquals(List.of(text("Paris", true, 0), text("Parijs", true, 0), text("Lyon", false, 1),
                text("Berlin", false, 0), unanswered(1)), stats.options());
        assertEquals(2, stats.shown());
    }

    @Test
    @DisplayName("A graded unanswered row is unanswered even when it stored a choice")
    void statusUnansweredWins() {
        QuestionStatistics stats = single(SINGLE, row("{\"choices\":[0]}", 0.0, Status.UNANSWERED));
        assertEquals(0, stats.options().get(0).count());
        assertEquals(unanswered(1), stats.options().get(4));
        assertEquals(0, stats.answered());
    }
}
