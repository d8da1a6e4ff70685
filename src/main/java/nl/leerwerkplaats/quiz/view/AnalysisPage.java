package nl.leerwerkplaats.quiz.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.platform.LocaleSelection;
import nl.leerwerkplaats.quiz.boundary.ItemAnalyses;
import nl.leerwerkplaats.quiz.control.QuestionHtml;
import nl.leerwerkplaats.quiz.control.QuestionStatistics;

/**
 * Backs quiz/analysis.xhtml?module=...&amp;quiz=...[&amp;version=...][&amp;class=...]: per question the share
 * right, the average score and how often each answer was chosen. Plain links choose version and class, so
 * every analysis has an address a lecturer can bookmark.
 */
@Named
@ViewScoped
public class AnalysisPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    Cohorts cohorts;

    @Inject
    ItemAnalyses analyses;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    LocaleSelection localeSelection;

    private String module;
    private String quiz;
    private String version;
    private Long cohortId;
    private transient ItemAnalyses.Analysis analysis;
    private transient List<ModuleVersion> versions;

    public void load() {
        var courseModule = catalog.withContent(module);
        if (courseModule.isEmpty()) {
            FacesPages.notFound();
            return;
        }
        ModuleVersion chosen = version == null ? courseModule.get().getCurrentVersion()
                : catalog.version(module, version).orElse(null);
        if (chosen == null) {
            FacesPages.notFound();
            return;
        }
        versions = catalog.versions(courseModule.get());
        analysis = analyses.of(currentAccount.get(), chosen, quiz, cohortId);
    }

    public String html(QuestionStatistics question) {
        return QuestionHtml.of(question.text(), analysis.quiz().questions().get(question.questionIndex()).format());
    }

    public long percent(double share) {
        return Math.round(share * 100);
    }

    public List<Cohort> getClasses() {
        return cohorts.taughtBy(currentAccount.get());
    }

    public String getCsvUrl() {
        return "/api/v1/quizzes/" + module + "/" + analysis.version().getLabel() + "/" + quiz + "/item-analysis.csv"
                + "?lang=" + localeSelection.getLanguage() + (cohortId == null ? "" : "&class=" + cohortId);
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

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public ItemAnalyses.Analysis getAnalysis() {
        return analysis;
    }

    public List<ModuleVersion> getVersions() {
        return versions;
    }
}
