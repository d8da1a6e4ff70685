package nl.leerwerkplaats.quiz.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Grades attempts whose time ran out while nobody was looking (tab closed at the deadline), once a minute.
 * Each attempt is closed in its own transaction; on a cluster every instance sweeps, and the row lock makes
 * the second sweep find the attempt graded.
 */
@Singleton
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

    @Inject
    Attempts attempts;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        for (Long id : attempts.overdue()) {
            try {
                attempts.closeIfOverdue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close overdue attempt " + id, e);
            }
        }
    }
}
