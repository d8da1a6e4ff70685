package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** learning/lesson.xhtml: a rendered lesson with previous and next. */
public class LessonPage extends Pages {

    public LessonPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.cssSelector("article.lesson-text")).isEmpty());
    }

    public String title() {
        return driver.findElement(By.cssSelector("article.lesson-text h1")).getText();
    }

    public String readStatus() {
        return driver.findElement(By.cssSelector("p.meta")).getText();
    }

    public List<WebElement> images() {
        return driver.findElements(By.cssSelector("article.lesson-text img"));
    }

    /** True when the browser actually decoded the image (it loaded and has a size). */
    public boolean imageLoaded(WebElement image) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
    }

    public LessonPage next() {
        clickAndWaitForPage(driver.findElement(By.cssSelector(".lesson-nav a.next")));
        return new LessonPage(driver);
    }

    public ModulePage backToModule() {
        clickAndWaitForPage(driver.findElement(By.cssSelector("nav.breadcrumb a[id$='module-link']")));
        return new ModulePage(driver);
    }
}
