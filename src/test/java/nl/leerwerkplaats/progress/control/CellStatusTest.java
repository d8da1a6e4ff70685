package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The status of a learner's cell in the progress grid. */
class CellStatusTest {

    private static final Instant DUE = Instant.parse("2026-03-28T22:59:00Z");
    private static final Instant BEFORE = DUE.minusSeconds(3600);
    private static final Instant AFTER = DUE.plusSeconds(60);

    @Test
    @DisplayName("a completion wins, also when it was late and the deadline has passed")
    void completedWins() {
        assertEquals(CellStatus.COMPLETED, CellStatus.of(true, BEFORE, DUE, AFTER));
        assertEquals(CellStatus.COMPLETED, CellStatus.of(true, AFTER, DUE, AFTER));
        assertEquals(CellStatus.COMPLETED, CellStatus.of(false, BEFORE, null, BEFORE));
    }

    @Test
    @DisplayName("not completed after the due moment is overdue, started or not")
    void overdue() {
        assertEquals(CellStatus.OVERDUE, CellStatus.of(true, null, DUE, AFTER));
        assertEquals(CellStatus.OVERDUE, CellStatus.of(false, null, DUE, AFTER));
    }

    @Test
    @DisplayName("exactly at the due moment is not yet overdue")
    void atDueMomentNotOverdue() {
        assertEquals(CellStatus.IN_PROGRESS, CellStatus.of(true, null, DUE, DUE));
        assertEquals(CellStatus.NOT_STARTED, CellStatus.of(false, null, DUE, DUE));
    }

    @Test
    @DisplayName("before the due moment, or without one, started is in progress and otherwise not started")
    void startedOrNot() {
        assertEquals(CellStatus.IN_PROGRESS, CellStatus.of(true, null, DUE, BEFORE));
        assertEquals(CellStatus.NOT_STARTED, CellStatus.of(false, null, DUE, BEFORE));
        assertEquals(CellStatus.IN_PROGRESS, CellStatus.of(true, null, null, AFTER));
        assertEquals(CellStatus.NOT_STARTED, CellStatus.of(false, null, null, AFTER));
    }

    @Test
    @DisplayName("late means completed strictly after the due moment; unknown facts are not late")
    void late() {
        assertTrue(CellStatus.late(AFTER, DUE));
        assertFalse(CellStatus.late(DUE, DUE));
        assertFalse(CellStatus.late(BEFORE, DUE));
        assertFalse(CellStatus.late(null, DUE));
        assertFalse(CellStatus.late(AFTER, null));
    }

    @Test
    @DisplayName("each status has its own bundle key")
    void messageKeys() {
        assertEquals("progress.status.notStarted", CellStatus.NOT_STARTED.messageKey());
        assertEquals("progress.status.inProgress", CellStatus.IN_PROGRESS.messageKey());
        assertEquals("progress.status.completed", CellStatus.COMPLETED.messageKey());
        assertEquals("progress.status.overdue", CellStatus.OVERDUE.messageKey());
    }
}
