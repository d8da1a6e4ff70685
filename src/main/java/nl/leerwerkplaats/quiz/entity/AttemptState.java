package nl.leerwerkplaats.quiz.entity;

/** Where an attempt stands: answering, waiting for a lecturer to mark essays, or graded. */
public enum AttemptState {
    IN_PROGRESS, AWAITING_MARKING, GRADED;

    public boolean isSubmitted() {
        return this != IN_PROGRESS;
    }
}
