package nl.leerwerkplaats.testsupport;

import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/** Moves an attempt's deadline into the past, as if its time ran out, without waiting for it. */
@Stateless
public class TestAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void expire(Long attemptId) {
        int updated = em.createQuery("update QuizAttempt a set a.deadlineAt = :deadline where a.id = :id")
                .setParameter("deadline", clock.instant().minus(Duration.ofMinutes(5)))
                .setParameter("id", attemptId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no attempt " + attemptId);
        }
    }

    public QuizAttempt reload(Long attemptId) {
        return em.find(QuizAttempt.class, attemptId);
    }
}
