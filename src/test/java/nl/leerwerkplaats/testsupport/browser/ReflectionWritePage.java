package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** reflection/write.xhtml: the sections being written, autosaved, and the submitted versions. */
public class ReflectionWritePage extends Pages {

    public ReflectionWritePage(WebDriver driver) {
        super(driver);
        waitForReady();
        wait.until(d -> !d.findElements(By.id("reflection-editor")).isEmpty());
        AccessibilityScan.scanOnce(driver, "reflection editor");
    }

    public static ReflectionWritePage open(WebDriver driver, String base, String module, String assignment) {
        driver.get(base + "/reflection/write?module=" + module + "&assignment=" + assignment);
        return new ReflectionWritePage(driver);
    }

    public List<WebElement> sections() {
        return driver.findElements(By.cssSelector(".reflection-section"));
    }

    /** Replaces a section's text by typing, as a learner does. */
    public void write(WebElement section, String text) {
        WebElement area = section.findElement(By.tagName("textarea"));
        area.clear();
        area.sendKeys(text);
    }

    public String wordCount(WebElement section) {
        return section.findElement(By.cssSelector(".word-count")).getText();
    }

    public String error(WebElement section) {
        return section.findElement(By.cssSelector(".section-error")).getText();
    }

    public String status() {
        return driver.findElement(By.id("reflection-status")).getText();
    }

    public String saveStatus() {
        return driver.findElement(By.id("save-status")).getText();
    }

    /** Waits until the page reports the draft saved on the server (nothing left in the local buffer). */
    public void waitUntilSaved() {
        wait.until(d -> saveStatus().startsWith("Opgeslagen om") && Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("var prefix = 'lwp.reflection.' + document.getElementById('reflection-editor')"
                        + ".getAttribute('data-reflection') + '.';"
                        + "return Object.keys(window.localStorage).every(function (k) { return k.indexOf(prefix) !== 0; });")));
    }

    /** Submits a draft within the limits: the page reloads with the submitted version. */
    public ReflectionWritePage submit() {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("submit-reflection")).click();
        wait.until(Pages.replaced(html));
        return new ReflectionWritePage(driver);
    }

    /** Submits a draft outside the limits: the messages appear next to the sections. */
    public void submitExpectingErrors() {
        driver.findElement(By.id("submit-reflection")).click();
        wait.until(d -> d.findElement(By.id("submit-errors")).isDisplayed());
    }

    public String versionsText() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
