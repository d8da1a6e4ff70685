package nl.leerwerkplaats.testsupport.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * The pages a browser test class visited and the pages it scanned with axe-core, so that a journey cannot
 * pass a page without scanning it. A page is its path without query or ".xhtml"; it counts as visited when
 * the test opens it or looks for an element on it. One record per test class (classes run one at a time).
 */
public final class VisitedPages implements WebDriverListener {

    private static volatile VisitedPages current = new VisitedPages();

    private final Map<String, String> visited = new ConcurrentSkipListMap<>();
    private final Set<String> scanned = new ConcurrentSkipListSet<>();

    /** A fresh record for the test class about to run. */
    static void startRecording() {
        current = new VisitedPages();
    }

    static VisitedPages current() {
        return current;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        visit(driver);
    }

    @Override
    public void afterFindElement(WebDriver driver, By locator, WebElement result) {
        visit(driver);
    }

    @Override
    public void afterFindElements(WebDriver driver, By locator, List<WebElement> result) {
        visit(driver);
    }

    boolean wasScanned(String url) {
        return page(url).map(scanned::contains).orElse(true);
    }

    void scanned(String url) {
        page(url).ifPresent(scanned::add);
    }

    /** Fails with every page visited but never scanned, each with an address where the test saw it. */
    public void assertEveryVisitedPageScanned() {
        Map<String, String> missing = visited.entrySet().stream().filter(e -> !scanned.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, ConcurrentSkipListMap::new));
        if (!missing.isEmpty()) {
            fail("Pages visited but never scanned with axe-core (AccessibilityScan.assertNoSeriousViolations):\n"
                    + missing.entrySet().stream().map(e -> "- " + e.getKey() + " (seen at " + e.getValue() + ")")
                    .collect(Collectors.joining("\n")));
        }
    }

    Set<String> visitedPages() {
        return visited.keySet();
    }

    private void visit(WebDriver driver) {
        recordVisit(driver.getCurrentUrl());
    }

    void recordVisit(String url) {
        page(url).ifPresent(p -> visited.putIfAbsent(p, url));
    }

    /** "/learning/lesson" for http://127.0.0.1:8080/learning/lesson.xhtml?module=m1; nothing for about:blank. */
    static Optional<String> page(String url) {
        if (url == null || !url.startsWith("http")) {
            return Optional.empty();
        }
        String path = URI.create(url).getPath();
        path = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        path = path.endsWith("/index") ? path.substring(0, path.length() - "index".length()) : path;
        return Optional.of(path.isEmpty() ? "/" : path);
    }
}
