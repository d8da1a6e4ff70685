package nl.leerwerkplaats.reflection.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/** One submitted version of a reflection: its texts never change; its review is added once. */
@Entity
@Table(name = "reflection_version")
public class ReflectionVersion extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "reflection_id")
    private Reflection reflection;

    @Column(nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflection_version_text", joinColumns = @JoinColumn(name = "reflection_version_id"))
    @MapKeyColumn(name = "section_key", length = 100)
    @Column(name = "body", length = Reflection.TEXT_MAX, nullable = false)
    private Map<String, String> texts = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(length = 8000)
    private String feedback;

    @Column(name = "rubric_choices", length = 1000)
    private String rubricChoices;

    @Column(name = "rubric_points")
    private Integer rubricPoints;

    @Column(name = "rubric_max")
    private Integer rubricMax;

    @ManyToOne
    @JoinColumn(name = "reviewed_by")
    private Account reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected ReflectionVersion() {
        // for JPA
    }

    ReflectionVersion(Reflection reflection, int number, Map<String, String> texts, Instant submittedAt) {
        this.reflection = reflection;
        this.number = number;
        this.texts = new LinkedHashMap<>(texts);
        this.submittedAt = submittedAt;
    }

    /** @param rubricChoices encoded by RubricScore; null without a rubric */
    public void review(Decision decision, String feedback, String rubricChoices, Integer points, Integer max,
                       Account reviewer, Instant at) {
        this.decision = decision;
        this.feedback = feedback;
        this.rubricChoices = rubricChoices;
        this.rubricPoints = points;
        this.rubricMax = max;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    void removeTexts() {
        texts.clear();
        feedback = null;
    }

    public boolean isReviewed() {
        return decision != null;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Map<String, String> getTexts() {
        return Map.copyOf(texts);
    }

    public String text(String sectionKey) {
        return texts.getOrDefault(sectionKey, "");
    }

    public Decision getDecision() {
        return decision;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getRubricChoices() {
        return rubricChoices;
    }

    public Integer getRubricPoints() {
        return rubricPoints;
    }

    public Integer getRubricMax() {
        return rubricMax;
    }

    public Account getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
