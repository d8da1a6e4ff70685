package nl.leerwerkplaats.testsupport.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class VisitedPagesTest {

    @Test
    void aPageIsItsPathWithoutQueryOrExtension() {
        assertEquals(Optional.of("/learning/lesson"),
                VisitedPages.page("http://127.0.0.1:8080/learning/lesson.xhtml?module=m1&lesson=01"));
        assertEquals(Optional.of("/learning/lesson"), VisitedPages.page("http://127.0.0.1:8080/learning/lesson?module=m2"));
        assertEquals(Optional.of("/classes/"), VisitedPages.page("http://127.0.0.1:8080/classes/index.xhtml"));
        assertEquals(Optional.of("/"), VisitedPages.page("http://127.0.0.1:8080"));
        assertEquals(Optional.empty(), VisitedPages.page("about:blank"));
        assertEquals(Optional.empty(), VisitedPages.page("data:,"));
    }

    @Test
    void aVisitedPageThatWasNeverScannedFailsNamingIt() {
        VisitedPages pages = new VisitedPages();
        pages.scanned("http://127.0.0.1:8080/learning/module?id=m1");
        assertTrue(pages.visitedPages().isEmpty());
        pages.assertEveryVisitedPageScanned();

        VisitedPages visited = new VisitedPages();
        AssertionError error = assertThrows(AssertionError.class, () -> {
            visited.recordVisit("http://127.0.0.1:8080/quiz/result?attempt=4");
            visited.recordVisit("http://127.0.0.1:8080/learning/module?id=m1");
            visited.scanned("http://127.0.0.1:8080/learning/module.xhtml?id=m2");
            visited.assertEveryVisitedPageScanned();
        });
        assertTrue(error.getMessage().contains("/quiz/result (seen at http://127.0.0.1:8080/quiz/result?attempt=4)"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("/learning/module"), "the module page was scanned: " + error.getMessage());
    }
}
