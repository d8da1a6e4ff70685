package nl.leerwerkplaats.progress.boundary;

import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataChange;

/** A lecturer's nudge to chosen learners of their class: their own words, in-app and by e-mail when configured. */
@Stateless
public class Nudges {

    public static final int MESSAGE_MAX = 1000;

    @Inject
    Cohorts cohorts;

    @Inject
    Event<DataChange> changes;

    @Inject
    Notifications notifications;

    /** @return how many learners got it */
    public int nudge(Account staff, Long cohortId, List<Long> learnerIds,
                     @NotBlank @Size(max = MESSAGE_MAX) String message) {
        Cohort cohort = cohorts.manageableBy(cohortId, staff);
        if (learnerIds == null || learnerIds.isEmpty()) {
            throw new BusinessException("nudge.noneSelected", null);
        }
        Set<Long> chosen = Set.copyOf(learnerIds);
        List<CohortMember> learners = cohorts.members(cohort).stream()
                .filter(m -> m.getMemberRole() == MemberRole.LEARNER && chosen.contains(m.getAccount().getId()))
                .toList();
        String text = staff.getDisplayName() + ": " + message.strip();
        for (CohortMember learner : learners) {
            notifications.notify(learner.getAccount(), "notify.nudge", text, "/learning/dashboard");
        }
        changes.fire(new DataChange(staff.getId(), "class.nudged", Cohorts.subject(cohort),
                learners.size() + " learner(s)"));
        return learners.size();
    }
}
