package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The case vignette pages: rating a case (vignette/rate), the class report (vignette/class) and the projector view. */
public class VignettePages extends Pages {

    public VignettePages(WebDriver driver) {
        super(driver);
        waitForReady();
    }

    /** From a module's page: the card's link to the first round. */
    public VignettePages startFirstRound() {
        clickAndWaitForPage(driver.findElement(By.id("vignette-before")));
        AccessibilityScan.scanOnce(driver, "rate a case");
        return this;
    }

    /** Chooses the scale point and first step (1 for the first), saves, and lands on the case with its reasoning. */
    public VignettePages rate(int point, int firstStep) {
        driver.findElements(By.cssSelector("input[name='rate:point']")).get(point - 1).click();
        driver.findElements(By.cssSelector("input[name='rate:firstStep']")).get(firstStep - 1).click();
        clickAndWaitForPage(driver.findElement(By.id("rate:save")));
        AccessibilityScan.scanOnce(driver, "a rated case");
        return this;
    }

    public String reasoning() {
        return driver.findElement(By.id("reasoning")).getText();
    }

    public List<String> hiddenSpreads() {
        return texts(".spread-hidden");
    }

    /** From a class page: its case judgements, then the module's report. */
    public VignettePages openClassReport(String moduleTitle) {
        clickAndWaitForPage(driver.findElement(By.id("to-vignettes")));
        AccessibilityScan.scanOnce(driver, "class case judgements: modules");
        clickAndWaitForPage(driver.findElement(By.linkText(moduleTitle)));
        AccessibilityScan.scanOnce(driver, "class case judgements");
        return this;
    }

    /** The class report's counts of the first case, before, per scale point. */
    public List<String> firstCaseCountsBefore() {
        return texts(".vignette-report:first-of-type .spread-table tbody tr:not(.first-step-row) td:nth-of-type(1)");
    }

    public VignettePages openProjector() {
        clickAndWaitForPage(driver.findElement(By.id("open-projector")));
        AccessibilityScan.scanOnce(driver, "projector view");
        return this;
    }

    public boolean chartShown() {
        return !driver.findElements(By.cssSelector("#projector-chart canvas")).isEmpty();
    }

    public String projectorCounts() {
        return driver.findElement(By.id("projector-counts")).getText();
    }

    public boolean siteNavigationShown() {
        return driver.findElement(By.cssSelector(".site-header")).isDisplayed();
    }
}
