package nl.leerwerkplaats.quiz.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import nl.leerwerkplaats.quiz.control.QuestionHtml;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** One question of an attempt as the attempt and result pages show it, answers in the attempt's order. */
public class QuestionView {

    /** A choice of a multiple-choice question; {@code index} is the answer's index in the file. */
    public record Option(int index, String html) {
    }

    /** A row of a matching question: the subquestion's index in the file and its text. */
    public record MatchRow(int index, String html) {
    }

    private final AttemptSlot slot;
    private final GiftQuestion question;

    public QuestionView(AttemptSlot slot, GiftQuestion question) {
        this.slot = slot;
        this.question = question;
    }

    public int getSlot() {
        return slot.getSlot();
    }

    public String getType() {
        return question.type();
    }

    public boolean isSingle() {
        return Boolean.TRUE.equals(question.single());
    }

    public String getTextHtml() {
        return QuestionHtml.of(question.text(), question.format());
    }

    public List<Option> getOptions() {
        if (!GiftQuestion.MULTICHOICE.equals(question.type())) {
            return List.of();
        }
        return slot.getChoiceOrder().stream()
                .map(i -> new Option(i, QuestionHtml.of(question.answers().get(i).text(), question.format())))
                .toList();
    }

    public List<MatchRow> getMatchRows() {
        List<MatchRow> rows = new ArrayList<>();
        if (GiftQuestion.MATCH.equals(question.type())) {
            for (int i = 0; i < question.subquestions().size(); i++) {
                String text = question.subquestions().get(i).text();
                if (!text.isEmpty()) {
                    rows.add(new MatchRow(i, QuestionHtml.of(text, question.format())));
                }
            }
        }
        return rows;
    }

    /** The drop-down's answers in the attempt's order; each distinct text once. */
    public List<String> getMatchChoices() {
        if (!GiftQuestion.MATCH.equals(question.type())) {
            return List.of();
        }
        LinkedHashSet<String> choices = new LinkedHashSet<>();
        slot.getChoiceOrder().forEach(i -> choices.add(question.subquestions().get(i).answer()));
        return List.copyOf(choices);
    }

    /** The saved response as JSON, for the page script; {@code {}} when none. */
    public String getResponseJson() {
        return slot.getResponse() == null ? "{}" : slot.getResponse();
    }

    public long getClientTime() {
        return slot.getClientTime() == null ? 0 : slot.getClientTime();
    }

    public boolean isChecked() {
        return slot.isChecked();
    }

    public String getStatus() {
        return slot.getGradeStatus() == null ? "" : slot.getGradeStatus().name();
    }

    /** The feedback for what was answered, then the question's general feedback. */
    public String getFeedbackHtml() {
        return QuestionHtml.feedback(slot.getFeedback(), question);
    }

    public AttemptSlot getAttemptSlot() {
        return slot;
    }

    public GiftQuestion getQuestion() {
        return question;
    }
}
