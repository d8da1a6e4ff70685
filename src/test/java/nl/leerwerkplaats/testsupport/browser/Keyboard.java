package nl.leerwerkplaats.testsupport.browser;

import java.util.function.Predicate;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A user without a mouse: keys go to whatever has the focus, and the focus moves only with Tab (and with the arrow
 * keys inside a radio group or a drop-down). No element is clicked.
 */
public final class Keyboard {

    /** More Tab presses than any page of the platform has stops: also enough to go round once. */
    private static final int MAX_TABS = 400;

    private final WebDriver driver;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is one the predicate accepts; fails when it never is. */
    public WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement now = focused();
            if (target.test(now)) {
                return now;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what);
    }

    public WebElement tabTo(WebElement element) {
        return tabTo(describe(element), element::equals);
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id");
    }
}
