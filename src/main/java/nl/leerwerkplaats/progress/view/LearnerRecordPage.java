package nl.leerwerkplaats.progress.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.DueMoments;
import nl.leerwerkplaats.progress.boundary.LearnerProgress;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;
import nl.leerwerkplaats.progress.entity.ProgressSummary;

/**
 * Backs progress/learner.xhtml?class=..&amp;learner=..: one learner's full record in a class the viewer teaches:
 * per assigned module every completion rule and whether it is met, the final-test score, the due moment, and
 * a personal extension.
 */
@Named
@ViewScoped
public class LearnerRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Assignments assignments;

    @Inject
    transient LearnerProgress learnerProgress;

    @Inject
    transient ProgressSummaries summaries;

    @Inject
    transient Reading reading;

    @Inject
    transient Messages messages;

    private Long cohortId;
    private Long learnerId;
    private Long extendAssignment;
    private LocalDate extendTo;

    private transient Cohort cohort;
    private transient CohortMember member;
    private transient List<Entry> entries;

    /** One assigned module in the learner's record. */
    public record Entry(ModuleAssignment assignment, ModuleVersion version, LearnerProgress.Standing standing,
                        ProgressSummary summary, Instant dueAt, boolean extended) {
    }

    public void load() {
        cohort = cohorts.visibleTo(cohortId, currentAccount.get());
        member = cohorts.members(cohort).stream().filter(m -> m.getMemberRole() == MemberRole.LEARNER
                && m.getAccount().getId().equals(learnerId)).findFirst()
                .orElseThrow(() -> new AccessDenied("learner " + learnerId + " of class " + cohortId));
        Account learner = member.getAccount();
        List<ModuleAssignment> assigned = assignments.ofCohort(cohort);
        DueMoments dueMoments = assignments.dueMoments(assigned);
        entries = new ArrayList<>();
        for (ModuleAssignment assignment : assigned) {
            ProgressSummary summary = summaries.of(learner, assignment.getCourseModule()).orElse(null);
            ModuleVersion version = summary != null ? summary.getModuleVersion()
                    : reading.versionFor(learner, assignment.getCourseModule());
            entries.add(new Entry(assignment, version, learnerProgress.of(learner, version), summary,
                    dueMoments.dueFor(assignment, learnerId), dueMoments.isExtended(assignment, learnerId)));
        }
    }

    public String extend() {
        try {
            assignments.extend(currentAccount.get(), extendAssignment, learnerId, extendTo, null);
            messages.info(extendTo == null ? "extension.removed" : "extension.granted");
            return "/progress/learner?faces-redirect=true&class=" + cohortId + "&learner=" + learnerId;
        } catch (BusinessException refusal) {
            messages.show(refusal, "extend");
            return null;
        }
    }

    public boolean isManager() {
        return cohorts.canManage(getCohort(), currentAccount.get());
    }

    public Cohort getCohort() {
        if (cohort == null) {
            load();
        }
        return cohort;
    }

    public CohortMember getMember() {
        if (member == null) {
            load();
        }
        return member;
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            load();
        }
        return entries;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(Long learnerId) {
        this.learnerId = learnerId;
    }

    public Long getExtendAssignment() {
        return extendAssignment;
    }

    public void setExtendAssignment(Long extendAssignment) {
        this.extendAssignment = extendAssignment;
    }

    public LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDate extendTo) {
        this.extendTo = extendTo;
    }
}
