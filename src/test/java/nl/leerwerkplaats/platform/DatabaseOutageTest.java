package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503) and which are other errors (500). */
class DatabaseOutageTest {

    @Test
    @DisplayName("A refused or broken connection, however deeply wrapped, is an outage")
    void connectionFailuresAreOutages() {
        assertTrue(DatabaseOutage.isCause(new EJBException(new PersistenceException(
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLNonTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("Failed to start database", "XJ040")));
        SQLException chained = new SQLException("Error in allocating a connection");
        chained.setNextException(new SQLException("refused", "08001"));
        assertTrue(DatabaseOutage.isCause(chained));
    }

    @Test
    @DisplayName("Lock timeouts, constraint violations and plain bugs are not outages")
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"))));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
    }

    @Test
    @DisplayName("A cause chain that loops back ends the search")
    void loopingCausesEnd() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isCause(first));
    }
}
