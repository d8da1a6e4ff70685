package nl.leerwerkplaats.platform;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A transaction the database rolled back because of other transactions (a lock wait timed out, a deadlock, a
 * serialization failure) can succeed when it is simply run again. Embedded Derby meets this when many learners do
 * the same first thing at the same moment, for example a class joining on its code: the first rows of a table
 * after a start contend for Derby's generator of identity values (README, Known limits).
 *
 * <p>Only for work that is one transaction and that nobody has seen yet: the call is repeated whole.
 */
public final class TransientFailure {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(TransientFailure.class.getName());

    private TransientFailure() {
    }

    /** Runs the work, and up to twice more after a short random pause while it fails transiently. */
    public static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS || !isCause(failure)) {
                    throw failure;
                }
                LOG.info(() -> "Transaction rolled back by the database (" + failure + "); running it again");
                pause(attempt);
            }
        }
    }

    /** SQLSTATE class 40, "transaction rollback": 40001 serialization failure or deadlock, 40P01 PostgreSQL's
     * deadlock, 40XL1 and 40XL2 Derby's lock timeout and deadlock. */
    public static boolean isCause(Throwable failure) {
        return FailureCauses.any(failure, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("40"));
    }

    private static void pause(int attempt) {
        try {
            // Random, so that requests that collided once do not collide again in step.
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run a transaction again", e);
        }
    }
}
