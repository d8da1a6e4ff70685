package nl.leerwerkplaats.progress.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every quarter of an hour, sends the reminders that became due, one assignment per transaction so that one
 * failure does not hold back the others. A second instance finds them sent (unique key) and skips them.
 */
@Singleton
public class ReminderSweep {

    private static final Logger LOG = Logger.getLogger(ReminderSweep.class.getName());

    @Inject
    Reminders reminders;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        for (Long id : reminders.candidates()) {
            try {
                reminders.remind(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminders for assignment " + id + " failed; the next sweep tries again", e);
            }
        }
    }
}
