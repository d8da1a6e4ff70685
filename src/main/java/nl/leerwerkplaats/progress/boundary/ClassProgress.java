package nl.leerwerkplaats.progress.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.progress.control.CellStatus;
import nl.leerwerkplaats.progress.control.Schedule;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * The class matrix: learners × assigned modules. Four queries for any class size (members, assignments,
 * extensions, summaries as plain columns), so 300 learners × 10 modules is 3000 cells from one summary read.
 */
@Stateless
public class ClassProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Cohorts cohorts;

    @Inject
    Assignments assignments;

    public record Matrix(Cohort cohort, List<ModuleAssignment> assignments, List<Row> rows) {
    }

    public record Row(Long accountId, String name, String email, String studentNumber, Instant lastActivity,
                      List<Cell> cells) {
        /** Behind on at least one assignment. */
        public boolean isBehind() {
            return cells.stream().anyMatch(Cell::behind);
        }

        public long completed() {
            return cells.stream().filter(c -> c.status() == CellStatus.COMPLETED).count();
        }
    }

    public record Cell(CellStatus status, int percent, Instant dueAt, boolean extended, Instant completedAt,
                       Integer finalScore, boolean behind) {
        public boolean isLate() {
            return CellStatus.late(completedAt, dueAt);
        }
    }

    private record Summary(int percent, Integer finalScore, Instant started, Instant completed, Instant activity,
                           int done) {
    }

    public Matrix of(Account staff, Long cohortId) {
        return build(cohorts.visibleTo(cohortId, staff));
    }

    Matrix build(Cohort cohort) {
        Instant now = clock.instant();
        List<ModuleAssignment> assigned = assignments.ofCohort(cohort);
        DueMoments dueMoments = assignments.dueMoments(assigned);
        // Columns, not entities: an Account loads its roles eagerly, one query per learner.
        List<Object[]> learners = em.createQuery("select m.account.id, m.account.displayName, m.account.email, "
                + "m.studentNumber from CohortMember m where m.cohort = :cohort and m.removedAt is null "
                + "and m.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
                + "order by m.account.displayName", Object[].class).setParameter("cohort", cohort).getResultList();
        Map<Long, Map<Long, Summary>> summaries = summaries(cohort);
        List<Row> rows = new ArrayList<>(learners.size());
        for (Object[] learner : learners) {
            Long accountId = (Long) learner[0];
            Map<Long, Summary> own = summaries.getOrDefault(accountId, Map.of());
            List<Cell> cells = new ArrayList<>(assigned.size());
            Instant last = null;
            for (ModuleAssignment assignment : assigned) {
                Summary summary = own.get(assignment.getCourseModule().getId());
                cells.add(cell(summary, assignment.getOpenAt(), dueMoments.dueFor(assignment, accountId),
                        dueMoments.isExtended(assignment, accountId), now));
                if (summary != null && summary.activity() != null && (last == null || summary.activity().isAfter(last))) {
                    last = summary.activity();
                }
            }
            rows.add(new Row(accountId, (String) learner[1], (String) learner[2], (String) learner[3], last, cells));
        }
        return new Matrix(cohort, assigned, rows);
    }

    private static Cell cell(Summary summary, Instant openAt, Instant due, boolean extended, Instant now) {
        boolean started = summary != null && (summary.started() != null || summary.done() > 0);
        Instant completed = summary == null ? null : summary.completed();
        int percent = summary == null ? 0 : summary.percent();
        return new Cell(CellStatus.of(started, completed, due, now), percent, due, extended, completed,
                summary == null ? null : summary.finalScore(),
                Schedule.behind(percent, completed != null, openAt, due, now));
    }

    /** Every summary of the class's learners for its assigned modules, as columns: no entity is loaded. */
    private Map<Long, Map<Long, Summary>> summaries(Cohort cohort) {
        List<Object[]> rows = em.createQuery("select p.account.id, p.courseModule.id, p.percent, p.finalScore, "
                + "p.startedAt, p.completedAt, p.lastActivityAt, p.itemsDone from ProgressSummary p, CohortMember m, "
                + "ModuleAssignment a where m.cohort = :cohort and m.removedAt is null and p.account = m.account "
                + "and a.cohort = :cohort and p.courseModule = a.courseModule", Object[].class)
                .setParameter("cohort", cohort).getResultList();
        Map<Long, Map<Long, Summary>> byAccount = new HashMap<>();
        for (Object[] row : rows) {
            byAccount.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], new Summary(
                    (Integer) row[2], (Integer) row[3], (Instant) row[4], (Instant) row[5], (Instant) row[6],
                    (Integer) row[7]));
        }
        return byAccount;
    }
}
