package nl.leerwerkplaats.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * Headless Debian Chromium through its own chromedriver, so Selenium Manager never tries to download
 * anything. Background networking is off: the browser talks only to the server under test.
 */
public final class Browser {

    private Browser() {
    }

    /** A browser whose page visits are recorded in the given record. */
    public static WebDriver start(VisitedPages pages) {
        return new EventFiringDecorator<WebDriver>(pages).decorate(start());
    }

    private static ChromeDriver start() {
        File driverBinary = new File(System.getProperty("lwp.chromedriver", "/usr/bin/chromedriver"));
        File browserBinary = new File(System.getProperty("lwp.chromium", "/usr/bin/chromium"));
        if (!driverBinary.canExecute() || !browserBinary.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (see README, prerequisites)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserBinary);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--no-first-run", "--disable-quic", "--lang=nl-NL",
                    "--user-data-dir=" + Files.createTempDirectory("lwp-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
