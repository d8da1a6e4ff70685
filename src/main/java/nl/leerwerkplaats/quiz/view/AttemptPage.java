package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * Backs quiz/attempt.xhtml?attempt=...: the questions of a running attempt. Answers never travel through Faces:
 * the page script saves each one through the autosave endpoint, so an expired view loses nothing.
 */
@Named
// Request scope: no postback of its own, and a view scope kept every question of every attempt opened in
// the session (found by the load benchmark). The menu's postbacks redirect before anything renders.
@RequestScoped
public class AttemptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    private Long attempt;
    private transient QuizAttempt current;
    private transient ParsedQuiz quiz;
    private transient List<QuestionView> questions;

    public String load() {
        current = attempts.own(currentAccount.get(), attempt);
        if (!current.isOpenAt(clock.instant())) {
            // Submitted, or its time ran out: grading is idempotent, so the result page always has a result.
            attempts.submit(currentAccount.get(), attempt);
            return "/quiz/result?faces-redirect=true&attempt=" + attempt;
        }
        quiz = attempts.quizOf(current);
        questions = current.getSlots().stream()
                .map(slot -> new QuestionView(slot, quiz.questions().get(slot.getQuestionIndex()))).toList();
        return null;
    }

    /** Seconds until the deadline, for the countdown; null when untimed. */
    public Long getSecondsLeft() {
        return current == null || current.getDeadlineAt() == null ? null
                : Math.max(0, Duration.between(clock.instant(), current.getDeadlineAt()).toSeconds());
    }

    public boolean isImmediateFeedback() {
        return quiz != null && quiz.settings().feedback() == QuizSettings.Feedback.AFTER_EACH_ANSWER;
    }

    public String getApi() {
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/attempts/" + attempt;
    }

    public String getResultUrl() {
        return faces.getExternalContext().getRequestContextPath() + "/quiz/result?attempt=" + attempt;
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

    public List<QuestionView> getQuestions() {
        return questions;
    }
}
