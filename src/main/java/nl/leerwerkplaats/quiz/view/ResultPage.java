package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.boundary.QuizOverview;
import nl.leerwerkplaats.quiz.entity.AttemptState;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * Backs quiz/result.xhtml?attempt=...: score, pass or fail, and per question the answer, its feedback and, when
 * allowed, the right answer. Right answers show once the learner passed or has no attempt left (so a final test
 * is not given away), and always in a preview and to lecturers.
 */
@Named
// Request scope: no postback of its own, and a view scope kept every question of every attempt opened in
// the session (found by the load benchmark). The menu's postbacks redirect before anything renders.
@RequestScoped
public class ResultPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One reviewed question: the answer and right answer are plain text. */
    public record ReviewItem(QuestionView question, String given, String right, String markerComment) {
    }

    @Inject
    Attempts attempts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long attempt;
    private transient QuizAttempt current;
    private transient ParsedQuiz quiz;
    private boolean own;
    private boolean rightAnswersShown;
    private transient List<ReviewItem> items;

    public String load() {
        current = attempts.visible(currentAccount.get(), attempt);
        own = current.getAccount().getId().equals(currentAccount.get().getId());
        if (current.getState() == AttemptState.IN_PROGRESS) {
            if (!own) {
                return null;
            }
            if (current.isOpenAt(clock.instant())) {
                return "/quiz/attempt?faces-redirect=true&attempt=" + attempt;
            }
            current = attempts.submit(currentAccount.get(), attempt);
        }
        quiz = attempts.quizOf(current);
        rightAnswersShown = !own || current.isPreview() || learnerMaySeeRightAnswers();
        items = current.getSlots().stream().map(slot -> {
            var question = quiz.questions().get(slot.getQuestionIndex());
            return new ReviewItem(new QuestionView(slot, question),
                    AnswerSummary.given(question, slot.getResponse(), messages::get),
                    rightAnswersShown ? AnswerSummary.right(question, messages::get) : "",
                    slot.getMarkerComment());
        }).toList();
        return null;
    }

    private boolean learnerMaySeeRightAnswers() {
        QuizOverview overview = attempts.overview(current.getAccount(), current.getModuleVersion(), current.getQuizKey());
        return overview.isPassed() || (overview.remaining() != null && overview.remaining() == 0
                && overview.running().isEmpty());
    }

    public boolean isSubmitted() {
        return current != null && current.getState().isSubmitted();
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public QuizAttempt getCurrent() {
        return current;
    }

    public ParsedQuiz getQuiz() {
        return quiz;
    }

    public boolean isOwn() {
        return own;
    }

    public boolean isRightAnswersShown() {
        return rightAnswersShown;
    }

    public List<ReviewItem> getItems() {
        return items;
    }
}
