package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** quiz/attempt.xhtml: questions answered one by one, each saved by the page script. */
public class QuizAttemptPage extends Pages implements AnswerHand {

    public QuizAttemptPage(WebDriver driver) {
        super(driver);
        waitForReady();
        wait.until(d -> !d.findElements(By.cssSelector(".question[data-slot]")).isEmpty());
        AccessibilityScan.scanOnce(driver, "quiz attempt");
    }

    public List<WebElement> questions() {
        return driver.findElements(By.cssSelector(".question[data-slot]"));
    }

    public static String text(WebElement question) {
        return question.findElement(By.cssSelector(".question-text")).getText();
    }

    public static String type(WebElement question) {
        return question.getAttribute("data-type");
    }

    /** Clicks the choice whose label is this text (a radio button, checkbox, or true/false). */
    @Override
    public void choose(WebElement question, String label) {
        WebElement input = choiceInput(question, label);
        if (!input.isSelected()) {
            input.click();
        }
    }

    /** The radio button or checkbox whose label is this text. */
    static WebElement choiceInput(WebElement question, String label) {
        return question.findElements(By.cssSelector(".option")).stream()
                .filter(o -> same(o.findElement(By.tagName("label")).getText(), label))
                .map(o -> o.findElement(By.tagName("input"))).findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + label + "' in " + text(question)));
    }

    /** Texts as shown and as written compare without regard to case and runs of white space. */
    private static boolean same(String shown, String expected) {
        return shown.replaceAll("\\s+", " ").strip().equalsIgnoreCase(expected.replaceAll("\\s+", " ").strip());
    }

    @Override
    public void type(WebElement question, String answer) {
        WebElement field = question.findElement(By.cssSelector("input[type=text], textarea"));
        field.clear();
        field.sendKeys(answer);
    }

    /** Matching: for the row with this text, picks this answer from its drop-down. */
    @Override
    public void match(WebElement question, String rowText, String answer) {
        new Select(matchSelect(question, rowText)).selectByVisibleText(answer);
    }

    /** The drop-down of the matching row with this text. */
    static WebElement matchSelect(WebElement question, String rowText) {
        return question.findElements(By.cssSelector(".match-row")).stream()
                .filter(r -> same(r.findElement(By.tagName("label")).getText(), rowText)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + rowText + "'")).findElement(By.tagName("select"));
    }

    /** Waits until the page reports every answer saved on the server (the local buffer is empty). */
    public void waitUntilSaved() {
        wait.until(d -> {
            Object pending = ((JavascriptExecutor) d).executeScript(
                    "var key = 'lwp.attempt.' + document.getElementById('quiz-attempt').getAttribute('data-attempt');"
                            + "return window.localStorage.getItem(key);");
            return pending == null && saveStatus().startsWith("Opgeslagen om");
        });
    }

    public String saveStatus() {
        return driver.findElement(By.id("save-status")).getText();
    }

    public boolean loggedOutNoticeShown() {
        return driver.findElement(By.id("logged-out")).isDisplayed();
    }

    /** Answers still waiting in the browser's buffer, as the page script keeps them. */
    public String bufferedAnswers() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return window.localStorage.getItem('lwp.attempt.' + "
                        + "document.getElementById('quiz-attempt').getAttribute('data-attempt'));");
    }

    public WebElement loginAgainLink() {
        return driver.findElement(By.id("login-again"));
    }

    /** Submit asks for confirmation first; the second click submits and the result page opens. */
    public QuizResultPage submit() {
        WebElement button = driver.findElement(By.id("submit-attempt"));
        button.click();
        wait.until(d -> d.findElement(By.id("submit-confirm")).isDisplayed());
        clickAndWaitForPage(button);
        return new QuizResultPage(driver);
    }
}
