package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** progress/class.xhtml: learners × assigned modules. */
public class ClassMatrixPage extends Pages {

    public ClassMatrixPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
        waitForReady();
    }

    public static ClassMatrixPage open(WebDriver driver, String base, String cohortId) {
        driver.get(base + "/progress/class?id=" + cohortId);
        return new ClassMatrixPage(driver);
    }

    /** The cells of the learner's row, one per assigned module, as shown. */
    public List<String> cellsOf(String learnerName) {
        WebElement row = driver.findElements(By.cssSelector("#matrix tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(learnerName)).findFirst()
                .orElseThrow(() -> new AssertionError(learnerName + " not in the matrix"));
        return row.findElements(By.cssSelector("td.cell")).stream().map(WebElement::getText).toList();
    }

    public List<String> learners() {
        return texts("#matrix tbody th");
    }

    /** Shows only the learners behind schedule (or everyone again). */
    public ClassMatrixPage toggleBehind() {
        clickAndWaitForPage(driver.findElement(By.id("filter-behind")));
        return new ClassMatrixPage(driver);
    }
}
