package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** quiz/result.xhtml: score, verdict and the reviewed questions. */
public class QuizResultPage extends Pages {

    public QuizResultPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("score")).isEmpty());
    }

    public String score() {
        return driver.findElement(By.id("score")).getText();
    }

    public String verdict() {
        return driver.findElement(By.id("verdict")).getText();
    }

    public List<WebElement> reviewedQuestions() {
        return driver.findElements(By.cssSelector(".review-question"));
    }
}
