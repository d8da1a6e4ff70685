package nl.leerwerkplaats.progress.boundary;

import java.time.Instant;
import java.util.Map;

import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * The due moment that holds for each learner of some assignments: their own extension, or the class's date.
 * Read once for many assignments ({@link Assignments#dueMoments}), so a matrix asks per cell without a query.
 *
 * @param extended by assignment id, then learner id, the extended due moment
 */
public record DueMoments(Map<Long, Map<Long, Instant>> extended) {

    /** The learner's due moment; null when the assignment has no deadline and no extension. */
    public Instant dueFor(ModuleAssignment assignment, Long learnerId) {
        Instant own = extended.getOrDefault(assignment.getId(), Map.of()).get(learnerId);
        return own != null ? own : assignment.getDueAt();
    }

    public boolean isExtended(ModuleAssignment assignment, Long learnerId) {
        return extended.getOrDefault(assignment.getId(), Map.of()).containsKey(learnerId);
    }
}
