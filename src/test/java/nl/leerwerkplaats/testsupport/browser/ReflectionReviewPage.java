package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** reflection/review.xhtml: one submitted reflection with the rubric and the decision. */
public class ReflectionReviewPage extends Pages {

    public ReflectionReviewPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("review-form")).isEmpty());
    }

    /**
     * Picks the rubric level with the given points for every criterion, writes the feedback and records the
     * decision ({@code APPROVED} or {@code NEEDS_REVISION}); returns to the queue.
     */
    public ReviewQueuePage decide(String decision, String feedback, int rubricPoints) {
        for (WebElement level : driver.findElements(By.cssSelector(".rubric-criterion input[type=radio]"))) {
            if (level.getAttribute("value").equals(String.valueOf(rubricPoints))) {
                level.click();
            }
        }
        driver.findElement(By.id("review-form:feedback")).sendKeys(feedback);
        driver.findElements(By.cssSelector("input[name='review-form:decision']")).stream()
                .filter(r -> r.getAttribute("value").equals(decision)).findFirst().orElseThrow().click();
        clickAndWaitForPage(driver.findElement(By.id("review-form:save")));
        return new ReviewQueuePage(driver);
    }
}
