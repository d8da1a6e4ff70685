package nl.leerwerkplaats.testsupport.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: waiting for a full page load and for PrimeFaces AJAX to settle. */
public abstract class Pages {

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected Pages(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Clicks a link or non-AJAX button and waits until the next page has replaced this one. */
    protected void clickAndWaitForPage(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(replaced(html));
        waitForReady();
    }

    /**
     * True once the element's document has been replaced by the next page. Selenium's stalenessOf expects
     * "stale element reference"; Chromium 156's driver reports such a node as an "unhandled inspector error"
     * ("Node with given id does not belong to the document"), which means the same.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    protected void waitForReady() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** PrimeFaces keeps a queue of AJAX requests; empty means every response has been applied. */
    protected void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    /** Waits until the condition holds, as the page's own script changes it. */
    public void waitFor(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }

    /**
     * The visible texts of the elements matching a CSS selector, read in one script call, so a node replaced between
     * finding and reading (Chromium's "does not belong to the document") cannot fail the read; retried until it works.
     */
    protected java.util.List<String> texts(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            Object texts = ((JavascriptExecutor) d).executeScript("return Array.from(document.querySelectorAll("
                    + "arguments[0])).map(e => e.innerText.trim())", css);
            return ((java.util.List<?>) texts).stream().map(String::valueOf).toList();
        });
    }

    /** A date input takes typed digits in the browser's locale order; its value property is ISO everywhere. */
    protected void setDate(By field, java.time.LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(field),
                date.toString());
    }

    /**
     * The elements that stick out to the right of the window, as "tag#id.class (right edge px)": empty when the
     * page needs no sideways scrolling, as on a phone. Children of an element already listed are left out.
     */
    public java.util.List<String> overflowing() {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "const w = document.documentElement.clientWidth, out = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && r.right > w + 1 && !out.some(o => o.el.contains(e))) out.push({el: e, r: r.right});"
                + "}"
                + "return out.map(o => o.el.tagName.toLowerCase() + (o.el.id ? '#' + o.el.id : '')"
                + "  + (o.el.className && o.el.className.baseVal === undefined ? '.' + o.el.className.split(' ').join('.') : '')"
                + "  + ' (' + Math.round(o.r) + 'px of ' + w + ')');");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Switches the interface to English with the header's link and waits for the page to load again. */
    protected void clickEnglish() {
        clickAndWaitForPage(driver.findElement(By.id("session-form:lang-en")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
