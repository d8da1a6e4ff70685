package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.quiz.boundary.Accommodations;
import nl.leerwerkplaats.quiz.boundary.Attempts;
import nl.leerwerkplaats.quiz.boundary.QuizOverview;

/**
 * Backs quiz/learner.xhtml?learner=...: a lecturer's view of one learner's quizzes (attempts, scores, what was
 * granted) and the form to grant an extra attempt or extra time.
 */
@Named
@ViewScoped
public class LearnerQuizzesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One quiz of a module as the learner follows it; {@code key} identifies it in the grant form. */
    public record Row(ModuleVersion version, QuizOverview overview) {
        public String key() {
            return version.getModuleKey() + "/" + overview.quiz().id();
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    VersionActivities activities;

    @Inject
    Reading reading;

    @Inject
    Attempts attempts;

    @Inject
    Accommodations accommodations;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    private Long learner;
    private transient Account account;
    private transient List<Row> rows;

    @NotNull
    private String quizKey;

    @NotNull
    @Min(0)
    @Max(Accommodations.MAX_EXTRA_ATTEMPTS)
    private Integer extraAttempts = 0;

    @NotNull
    @Min(0)
    @Max(Accommodations.MAX_EXTRA_MINUTES)
    private Integer extraMinutes = 0;

    public void load() {
        account = accommodations.learner(currentAccount.get(), learner);
        rows = new ArrayList<>();
        for (var module : catalog.listed()) {
            ModuleVersion version = reading.versionFor(account, module);
            activities.quizzes(version).forEach(quiz ->
                    rows.add(new Row(version, attempts.overview(account, version, quiz.id()))));
        }
    }

    public String grant() {
        load();
        Row row = rows.stream().filter(r -> r.key().equals(quizKey)).findFirst()
                .orElseThrow(() -> new AccessDenied("quiz " + quizKey));
        try {
            accommodations.grant(currentAccount.get(), learner, row.version().getCourseModule(),
                    row.overview().quiz().id(), extraAttempts, extraMinutes);
        } catch (BusinessException refusal) {
            messages.show(refusal, "grant-form");
            return null;
        }
        messages.info("grant.done", account.getDisplayName());
        return "/quiz/learner?faces-redirect=true&learner=" + learner;
    }

    public Long getLearner() {
        return learner;
    }

    public void setLearner(Long learner) {
        this.learner = learner;
    }

    public Account getAccount() {
        return account;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQuizKey() {
        return quizKey;
    }

    public void setQuizKey(String quizKey) {
        this.quizKey = quizKey;
    }

    public Integer getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(Integer extraAttempts) {
        this.extraAttempts = extraAttempts;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }
}
