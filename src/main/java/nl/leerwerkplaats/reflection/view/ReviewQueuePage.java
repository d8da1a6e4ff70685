package nl.leerwerkplaats.reflection.view;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.boundary.VersionActivities;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.reflection.boundary.ReflectionReviews;
import nl.leerwerkplaats.reflection.boundary.Reflections;
import nl.leerwerkplaats.reflection.entity.Reflection;

/**
 * Backs reflection/reviews.xhtml[?class=...]: submitted reflections waiting for this reviewer, oldest first,
 * for all their classes or one; and the offline downloads per class and assignment.
 */
@Named
@RequestScoped
public class ReviewQueuePage {

    /** One download: a class and an assignment of a module in the catalog. */
    public record Download(Cohort cohort, String moduleKey, String moduleTitle, String assignmentKey, String title) {
    }

    @Inject
    ReflectionReviews reviews;

    @Inject
    Reflections reflections;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    VersionActivities activities;

    @Inject
    CurrentAccount currentAccount;

    private Long cohortId;
    private List<Reflection> queue;

    public void load() {
        queue = reviews.queue(currentAccount.get(), cohortId);
    }

    public String titleOf(Reflection reflection) {
        return reflections.assignmentOf(reflection).title();
    }

    public List<Cohort> getClasses() {
        return cohorts.taughtBy(currentAccount.get());
    }

    public List<Download> getDownloads() {
        List<Download> downloads = new ArrayList<>();
        for (Cohort cohort : getClasses()) {
            if (cohortId != null && !cohort.getId().equals(cohortId)) {
                continue;
            }
            for (var module : catalog.listed()) {
                var version = module.getCurrentVersion();
                activities.reflections(version).forEach(assignment -> downloads.add(new Download(cohort,
                        module.getModuleKey(), version.getTitle(), assignment.id(), assignment.title())));
            }
        }
        return downloads;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public List<Reflection> getQueue() {
        return queue;
    }
}
