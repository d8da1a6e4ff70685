package nl.leerwerkplaats.testsupport.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import nl.leerwerkplaats.testsupport.ShippedWarClient;

/**
 * A browser test on the shipped WAR: a fresh headless Chromium per test, and after the class the check that
 * every page its tests visited was scanned with axe-core. Subclasses add
 * {@code @ExtendWith(ArquillianExtension.class) @RunAsClient}.
 */
public abstract class BrowserJourney extends ShippedWarClient {

    protected WebDriver driver;

    @BeforeAll
    static void recordPages() {
        VisitedPages.startRecording();
    }

    @BeforeEach
    void startBrowser() {
        driver = Browser.start(VisitedPages.current());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @AfterAll
    static void everyVisitedPageScanned() {
        VisitedPages.current().assertEveryVisitedPageScanned();
    }
}
