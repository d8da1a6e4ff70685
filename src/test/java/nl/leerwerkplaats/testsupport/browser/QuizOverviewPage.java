package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** quiz/quiz.xhtml: the rules of a quiz, the learner's attempts, start or resume. */
public class QuizOverviewPage extends Pages {

    public QuizOverviewPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("quiz-rules")).isEmpty());
        AccessibilityScan.scanOnce(driver, "quiz page");
    }

    public static QuizOverviewPage open(WebDriver driver, String base, String module, String quiz) {
        driver.get(base + "/quiz/quiz?module=" + module + "&quiz=" + quiz);
        return new QuizOverviewPage(driver);
    }

    public String rules() {
        return driver.findElement(By.id("quiz-rules")).getText();
    }

    public QuizAttemptPage start() {
        clickAndWaitForPage(driver.findElement(By.id("start-form:start")));
        return new QuizAttemptPage(driver);
    }
}
