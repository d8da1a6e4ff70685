package nl.leerwerkplaats.vignette.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leerwerkplaats.vignette.entity.RatingMoment;

class RatingWindowTest {

    @ParameterizedTest(name = "{0} of 4 lessons read, completed {1}, rated after {2}: before open {3}, after open {4}")
    @DisplayName("vignette R2: the first round is open until every lesson is read, the second from then on (or once completed)")
    @CsvSource({
        "0, false, false, true,  false",
        "3, false, false, true,  false",
        "4, false, false, false, true",
        "1, true,  false, false, true",
        "4, false, true,  false, true",
    })
    void rounds(int read, boolean completed, boolean ratedAfter, boolean beforeOpen, boolean afterOpen) {
        RatingWindow window = new RatingWindow(4, read, completed, ratedAfter);
        assertEquals(beforeOpen, window.isOpen(RatingMoment.BEFORE));
        assertEquals(afterOpen, window.isOpen(RatingMoment.AFTER));
    }
}
