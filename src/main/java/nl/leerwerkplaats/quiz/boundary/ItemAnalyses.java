package nl.leerwerkplaats.quiz.boundary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.catalog.control.ParsedQuiz;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.quiz.control.ItemAnalysis;
import nl.leerwerkplaats.quiz.control.QuestionStatistics;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;

/**
 * Item analysis of one quiz of one module version, over the submitted attempts of one class or of everyone
 * (previews never count). Only lecturers and admins; a class only for its own lecturers. It shows no names.
 */
@Stateless
public class ItemAnalyses {

    /** The analysis with what it covers: the attempts counted. */
    public record Analysis(ParsedQuiz quiz, ModuleVersion version, Cohort cohort, int attempts,
                           List<QuestionStatistics> questions) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Attempts attempts;

    /** @param cohortId null for all learners */
    public Analysis of(Account staff, ModuleVersion version, String quizKey, Long cohortId) {
        Account viewer = em.find(Account.class, staff.getId());
        if (!viewer.hasRole(Role.LECTURER) && !viewer.hasRole(Role.ADMIN)) {
            throw new AccessDenied("item analysis");
        }
        ParsedQuiz quiz = attempts.quizOf(version, quizKey);
        Cohort cohort = cohortId == null ? null : cohorts.visibleTo(cohortId, viewer);
        // One query for all answers: an analysis over every learner may cover thousands of attempts.
        List<AttemptSlot> slots = em.createNamedQuery(AttemptSlot.FIND_SUBMITTED_OF_VERSION, AttemptSlot.class)
                .setParameter("version", version).setParameter("quiz", quizKey).getResultList();
        if (cohort != null) {
            Set<Long> learners = cohorts.members(cohort).stream()
                    .filter(m -> m.getMemberRole() == MemberRole.LEARNER)
                    .map(CohortMember::getAccount).map(Account::getId).collect(Collectors.toSet());
            slots = slots.stream().filter(s -> learners.contains(s.getAttempt().getAccount().getId())).toList();
        }
        int attemptCount = (int) slots.stream().map(s -> s.getAttempt().getId()).distinct().count();
        List<ItemAnalysis.Answered> answered = slots.stream().map(ItemAnalyses::answered).toList();
        return new Analysis(quiz, version, cohort, attemptCount, ItemAnalysis.of(quiz.questions(), answered));
    }

    private static ItemAnalysis.Answered answered(AttemptSlot slot) {
        return new ItemAnalysis.Answered(slot.getQuestionIndex(), slot.getResponse(), slot.getFraction(),
                slot.getGradeStatus());
    }
}
