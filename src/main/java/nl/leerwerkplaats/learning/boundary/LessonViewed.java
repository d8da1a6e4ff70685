package nl.leerwerkplaats.learning.boundary;

import nl.leerwerkplaats.learning.entity.LessonView;

/** Fired inside the transaction that recorded a learner opening a lesson; progress and xAPI observe it. */
public record LessonViewed(LessonView view) {
}
