package nl.leerwerkplaats.platform;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the driver's exception in a failure: EJB, JTA, JPA and the connection pool wrap it several layers deep,
 * and a batch reports it as the next exception of another SQLException. Each cause is looked at once, so a cycle
 * of causes ends.
 */
final class FailureCauses {

    private FailureCauses() {
    }

    static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable cause = pending.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
            if (cause.getCause() != null) {
                pending.push(cause.getCause());
            }
        }
        return false;
    }
}
