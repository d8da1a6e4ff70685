package nl.leerwerkplaats.reflection.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A draft save based on an older revision than the stored one: another tab or device saved in between. The
 * page shows both and lets the learner choose; nothing is overwritten silently.
 */
@ApplicationException(rollback = true)
public class DraftConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int revision;
    private final transient java.util.Map<String, String> texts;

    public DraftConflict(int revision, java.util.Map<String, String> texts) {
        super("draft is at revision " + revision);
        this.revision = revision;
        this.texts = java.util.Map.copyOf(texts);
    }

    public int revision() {
        return revision;
    }

    public java.util.Map<String, String> texts() {
        return texts;
    }
}
