package nl.leerwerkplaats.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (refused, gone, not started) from any other failure,
 * by walking the causes: JPA and the connection pool wrap the driver's exception several layers deep.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && isCause(sql.getNextException())) {
                return true;
            }
        }
        return false;
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
