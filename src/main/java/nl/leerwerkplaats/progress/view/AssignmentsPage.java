package nl.leerwerkplaats.progress.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.VersionMove;
import nl.leerwerkplaats.progress.control.DueDates;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * Backs progress/assignments.xhtml?class=..: assign a module with open and due dates, change the dates, take it
 * off, and move learners on an older version of the module to the current one.
 */
@Named
@ViewScoped
public class AssignmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient VersionMove versionMove;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient Catalog catalog;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    @Inject
    transient PlatformSettings settings;

    private Long cohortId;
    private Long editing;

    @NotBlank(message = "{field.required}")
    private String moduleKey;

    @NotNull(message = "{field.required}")
    private LocalDate openDate;

    private LocalDate dueDate;

    private LocalTime dueTime = Assignments.DEFAULT_DUE_TIME;

    private transient Cohort cohort;
    private transient List<ModuleAssignment> list;

    public void load() {
        cohort = cohorts.manageableBy(cohortId, currentAccount.get());
        list = assignments.ofCohort(cohort);
        if (openDate == null) {
            openDate = DueDates.localDate(java.time.Instant.now(), settings.timeZone());
        }
    }

    public String save() {
        try {
            if (editing == null) {
                ModuleAssignment made = assignments.assign(currentAccount.get(), cohortId, moduleKey, openDate,
                        dueDate, dueTime);
                messages.info("assignments.assigned", made.getCourseModule().getCurrentVersion().getTitle());
            } else {
                assignments.reschedule(currentAccount.get(), editing, openDate, dueDate, dueTime);
                messages.info("assignments.rescheduled");
            }
            return "/progress/assignments?faces-redirect=true&class=" + cohortId;
        } catch (BusinessException refusal) {
            messages.show(refusal, "assign");
            return null;
        }
    }

    /** Fills the form with an assignment's dates to change them. */
    public void edit(Long assignmentId) {
        ModuleAssignment assignment = assignments.manageable(currentAccount.get(), assignmentId);
        editing = assignmentId;
        moduleKey = assignment.getCourseModule().getModuleKey();
        openDate = DueDates.localDate(assignment.getOpenAt(), settings.timeZone());
        dueDate = assignment.getDueAt() == null ? null : DueDates.localDate(assignment.getDueAt(), settings.timeZone());
        dueTime = assignment.getDueAt() == null ? Assignments.DEFAULT_DUE_TIME
                : assignment.getDueAt().atZone(settings.timeZone()).toLocalTime();
    }

    public String unassign(Long assignmentId) {
        assignments.unassign(currentAccount.get(), assignmentId);
        messages.info("assignments.unassigned");
        return "/progress/assignments?faces-redirect=true&class=" + cohortId;
    }

    public String moveToCurrent(Long assignmentId) {
        int moved = versionMove.moveToCurrent(currentAccount.get(), assignmentId);
        messages.info("assignments.moved", moved);
        return "/progress/assignments?faces-redirect=true&class=" + cohortId;
    }

    /** Learners on an older version of the assignment's module, by version label. */
    public Map<String, Long> olderVersions(ModuleAssignment assignment) {
        return versionMove.olderVersions(currentAccount.get(), assignment.getId());
    }

    public List<CourseModule> getModules() {
        return catalog.listed();
    }

    public Cohort getCohort() {
        if (cohort == null) {
            load();
        }
        return cohort;
    }

    public List<ModuleAssignment> getList() {
        if (list == null) {
            load();
        }
        return list;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getEditing() {
        return editing;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }

    public LocalDate getOpenDate() {
        return openDate;
    }

    public void setOpenDate(LocalDate openDate) {
        this.openDate = openDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }
}
