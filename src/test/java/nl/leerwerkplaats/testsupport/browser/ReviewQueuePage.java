package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** reflection/reviews.xhtml: the reflections waiting for this reviewer. */
public class ReviewQueuePage extends Pages {

    public ReviewQueuePage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.tagName("main")).isEmpty());
        waitForReady();
    }

    public static ReviewQueuePage open(WebDriver driver, String base) {
        driver.get(base + "/reflection/reviews");
        return new ReviewQueuePage(driver);
    }

    /** Opens the review of the learner's reflection that waits in the queue. */
    public ReflectionReviewPage reviewOf(String learnerName) {
        WebElement row = driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(r -> r.getText().contains(learnerName)).findFirst()
                .orElseThrow(() -> new AssertionError(learnerName + " not in the queue: "
                        + driver.findElement(By.tagName("main")).getText()));
        AccessibilityScan.assertNoSeriousViolations(driver, "review queue");
        clickAndWaitForPage(row.findElement(By.cssSelector("a.review-link")));
        ReflectionReviewPage review = new ReflectionReviewPage(driver);
        AccessibilityScan.assertNoSeriousViolations(driver, "reflection review");
        return review;
    }

    public String messages() {
        return driver.findElement(By.id("page-messages")).getText();
    }
}
