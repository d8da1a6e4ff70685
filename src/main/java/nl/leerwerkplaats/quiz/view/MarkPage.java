package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.quiz.boundary.Marking;
import nl.leerwerkplaats.quiz.control.QuestionHtml;
import nl.leerwerkplaats.quiz.control.QuestionResponse;
import nl.leerwerkplaats.quiz.control.ResponseCodec;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Backs quiz/mark.xhtml?slot=...: one essay answer, with a mark in percent and a comment for the learner. */
@Named
@ViewScoped
public class MarkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Marking marking;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    private Long slot;
    private transient AttemptSlot essay;
    private transient GiftQuestion question;

    @NotNull
    @Min(0)
    @Max(100)
    private Integer percent;

    @Size(max = Marking.COMMENT_MAX)
    private String comment;

    public void load() {
        essay = marking.markable(currentAccount.get(), slot);
        question = marking.questionOf(essay);
        if (essay.getMarkedAt() != null && percent == null) {
            percent = (int) Math.round(essay.getFraction() * 100);
            comment = essay.getMarkerComment();
        }
    }

    public String save() {
        marking.mark(currentAccount.get(), slot, percent, comment);
        messages.info("quiz.marked");
        return "/quiz/marking?faces-redirect=true";
    }

    public String getQuestionHtml() {
        return QuestionHtml.of(question.text(), question.format());
    }

    public String getAnswer() {
        QuestionResponse response = ResponseCodec.decode(question, essay.getResponse());
        return response instanceof QuestionResponse.Essay text ? text.text() : "";
    }

    public Long getSlot() {
        return slot;
    }

    public void setSlot(Long slot) {
        this.slot = slot;
    }

    public AttemptSlot getEssay() {
        return essay;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
