package nl.leerwerkplaats.testsupport.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/** axe-core on the current page: WCAG 2.1 A and AA; serious and critical violations fail the test. */
public final class AccessibilityScan {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private AccessibilityScan() {
    }

    /**
     * Scans the page unless this test class already scanned a page with the same path: page objects call it
     * when a page opens, so every page a journey passes is scanned at least once without scanning it each time.
     */
    public static void scanOnce(WebDriver driver, String page) {
        if (!VisitedPages.current().wasScanned(driver.getCurrentUrl())) {
            assertNoSeriousViolations(driver, page);
        }
    }

    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        VisitedPages.current().scanned(driver.getCurrentUrl());
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            fail("Accessibility violations on " + page + " (" + driver.getCurrentUrl() + "):\n" + failing.stream()
                    .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + ": "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }
}
