package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which failures are worth running again, and how often they are. */
class TransientFailureTest {

    /** The chain Payara threw when four students joined a class at once on a fresh database. */
    private static EJBException derbyLockTimeout() {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1")));
        return new EJBException("Transaction aborted", rollback);
    }

    @Test
    @DisplayName("Lock timeouts, deadlocks and serialization failures of Derby and PostgreSQL, however wrapped")
    void rollbacksByTheDatabase() {
        assertTrue(TransientFailure.isCause(derbyLockTimeout()));
        assertTrue(TransientFailure.isCause(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(TransientFailure.isCause(new SQLException("could not serialize access", "40001")));
        SQLException batch = new SQLException("Batch entry 0 failed", "XJ208");
        batch.setNextException(new SQLException("A lock could not be obtained", "40XL1"));
        assertTrue(TransientFailure.isCause(new PersistenceException(batch)));
    }

    @Test
    @DisplayName("Constraint violations, outages and bugs are not run again")
    void otherFailures() {
        assertFalse(TransientFailure.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientFailure.isCause(new EJBException(new SQLException("refused", "08001"))));
        assertFalse(TransientFailure.isCause(new BusinessException("account.emailTaken", "email")));
        assertFalse(TransientFailure.isCause(new IllegalStateException("bug")));
    }

    @Test
    @DisplayName("A transient failure is run again and the second result returned")
    void retriesTransientFailure() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientFailure.retrying(() -> {
            if (calls.incrementAndGet() == 1) {
                throw derbyLockTimeout();
            }
            return "joined";
        });
        assertEquals("joined", result);
        assertEquals(2, calls.get());
    }

    @Test
    @DisplayName("After three transient failures the last one is thrown")
    void givesUpAfterThreeAttempts() {
        AtomicInteger calls = new AtomicInteger();
        EJBException last = derbyLockTimeout();
        EJBException thrown = assertThrows(EJBException.class, () -> TransientFailure.retrying(() -> {
            calls.incrementAndGet();
            throw calls.get() == TransientFailure.ATTEMPTS ? last : derbyLockTimeout();
        }));
        assertSame(last, thrown);
        assertEquals(TransientFailure.ATTEMPTS, calls.get());
    }

    @Test
    @DisplayName("Any other failure is thrown at once, the work done once")
    void otherFailureNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(BusinessException.class, () -> TransientFailure.retrying(() -> {
            calls.incrementAndGet();
            throw new BusinessException("cohort.joinCodeUnknown", "code");
        }));
        assertEquals(1, calls.get());
    }
}
