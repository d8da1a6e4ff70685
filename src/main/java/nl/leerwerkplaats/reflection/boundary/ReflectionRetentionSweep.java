package nl.leerwerkplaats.reflection.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a night, applies the reflection retention period ({@code LWP_REFLECTION_RETENTION_DAYS}) when one is set. */
@Singleton
public class ReflectionRetentionSweep {

    private static final Logger LOG = Logger.getLogger(ReflectionRetentionSweep.class.getName());

    @Inject
    ReflectionRetention retention;

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            int removed = retention.purge();
            if (removed > 0) {
                LOG.info(() -> "Retention period: removed the texts of " + removed + " reflections");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing reflection texts past the retention period failed; tomorrow's run tries "
                    + "again", e);
        }
    }
}
