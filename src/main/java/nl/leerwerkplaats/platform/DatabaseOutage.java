package nl.leerwerkplaats.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (refused, gone, not started) from any other failure.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        return FailureCauses.any(failure, DatabaseOutage::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // Class 08 is "connection exception" in SQL:2016 (PostgreSQL 08001, 08006); Derby's XJ040 is
            // "failed to start database", XJ004 "database not found".
            return state.startsWith("08") || state.equals("XJ040") || state.equals("XJ004");
        }
        return false;
    }
}
