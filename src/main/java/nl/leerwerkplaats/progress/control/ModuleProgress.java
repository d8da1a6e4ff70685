package nl.leerwerkplaats.progress.control;

import java.util.List;
import java.util.Optional;

/**
 * A learner's progress on a module version: its requirements in order (lessons, quizzes, reflections) and
 * the figures shown from them.
 */
public record ModuleProgress(List<Requirement> requirements) {

    public ModuleProgress {
        requirements = List.copyOf(requirements);
    }

    /** The number of requirements met. */
    public int done() {
        return (int) requirements.stream().filter(Requirement::met).count();
    }

    /** The number of requirements. */
    public int total() {
        return requirements.size();
    }

    /** done * 100 / total, rounded down; 0 for a module without requirements. */
    public int percent() {
        return total() == 0 ? 0 : done() * 100 / total();
    }

    /** Whether there is something to do and all of it is done; an empty module is never complete. */
    public boolean complete() {
        return total() > 0 && done() == total();
    }

    /** The first requirement not yet met: what the learner should do next. */
    public Optional<Requirement> next() {
        return requirements.stream().filter(r -> !r.met()).findFirst();
    }

    /** The requirements of one kind, in order. */
    public List<Requirement> of(Requirement.Kind kind) {
        return requirements.stream().filter(r -> r.kind() == kind).toList();
    }
}
