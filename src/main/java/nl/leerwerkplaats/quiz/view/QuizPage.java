package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.TransientFailure;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.boundary.QuizOverview;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.progress.view.ModuleGate;

/**
 * Backs quiz/quiz.xhtml?module=...&amp;quiz=...: the quiz's rules, the learner's attempts and results, and
 * start or resume; lecturers also preview it. View-scoped: the start button is rendered by the learner's
 * standing, which must still be known when the postback is decoded.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleGate gate;

    @Inject
    Attempts attempts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    private String module;
    private String quiz;
    // Looked up again on every action: kept for the view only so its buttons decode on postback.
    private transient ModuleVersion version;
    private transient QuizOverview overview;

    public void load() {
        var entered = gate.enter(currentAccount.get(), module);
        if (entered.isEmpty()) {
            return;
        }
        version = entered.get();
        overview = attempts.overview(currentAccount.get(), version, quiz);
    }

    public String start() {
        load();
        if (overview == null) {
            return null;
        }
        try {
            // A class starts the test together: see TransientFailure.
            return toAttempt(TransientFailure.retrying(() -> attempts.start(currentAccount.get(), version, quiz)));
        } catch (BusinessException refusal) {
            messages.show(refusal, "start-form");
            return null;
        } catch (EJBException raced) {
            // Another tab started this attempt a moment ago: continue in that one.
            load();
            return overview.running().map(QuizPage::toAttempt).orElseThrow(() -> raced);
        }
    }

    public String preview() {
        load();
        return toAttempt(attempts.preview(currentAccount.get(), version, quiz));
    }

    private static String toAttempt(QuizAttempt attempt) {
        return "/quiz/attempt?faces-redirect=true&attempt=" + attempt.getId();
    }

    public boolean isStaff() {
        return currentAccount.isStaff();
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public ModuleVersion getVersion() {
        return version;
    }

    public QuizOverview getOverview() {
        return overview;
    }
}
