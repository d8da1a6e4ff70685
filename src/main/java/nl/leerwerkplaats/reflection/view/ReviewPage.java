package nl.leerwerkplaats.reflection.view;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Decision;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;

/**
 * Backs reflection/review.xhtml?reflection=...: the latest version with the change since the one before, the
 * rubric to score, feedback and the decision.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReflectionReviews reviews;

    @Inject
    Reflections reflections;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    private Long reflection;
    private transient Reflection current;
    private transient ParsedReflection assignment;

    @NotNull
    private Decision decision;

    @Size(max = ReflectionReviews.FEEDBACK_MAX)
    private String feedback;

    /** Criterion key to the chosen level's index, as text from the radio buttons. */
    private final Map<String, String> rubric = new HashMap<>();

    public void load() {
        current = reviews.reviewable(currentAccount.get(), reflection);
        assignment = reflections.assignmentOf(current);
    }

    public String save() {
        load();
        Map<String, Integer> choices = new HashMap<>();
        rubric.forEach((key, level) -> {
            if (level != null && !level.isEmpty()) {
                choices.put(key, Integer.valueOf(level));
            }
        });
        try {
            reviews.decide(currentAccount.get(), reflection, decision, feedback, choices);
        } catch (BusinessException refusal) {
            messages.show(refusal, "review-form");
            return null;
        }
        messages.info(decision == Decision.APPROVED ? "review.savedApproved" : "review.savedRevision",
                current.getAccount().getDisplayName());
        return "/reflection/reviews?faces-redirect=true";
    }

    public boolean isOpen() {
        return current.getStatus() == ReflectionStatus.SUBMITTED;
    }

    /** The latest version first, then the earlier ones, each with its changes. */
    public List<VersionView> getVersions() {
        return new SubmittedVersions(current, assignment).newestFirst();
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public Long getReflection() {
        return reflection;
    }

    public void setReflection(Long reflection) {
        this.reflection = reflection;
    }

    public Reflection getCurrent() {
        return current;
    }

    public ParsedReflection getAssignment() {
        return assignment;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Map<String, String> getRubric() {
        return rubric;
    }
}
