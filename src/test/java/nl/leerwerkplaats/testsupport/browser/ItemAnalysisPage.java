package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** quiz/analysis.xhtml: per question how a class (or everyone) answered a quiz. */
public class ItemAnalysisPage extends Pages {

    public ItemAnalysisPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("analysis-scope")).isEmpty());
    }

    public static ItemAnalysisPage open(WebDriver driver, String base, String module, String quiz, String cohortId) {
        driver.get(base + "/quiz/analysis?module=" + module + "&quiz=" + quiz + "&class=" + cohortId);
        return new ItemAnalysisPage(driver);
    }

    /** The line naming the group, the version and the number of attempts analysed. */
    public String scope() {
        return driver.findElement(By.id("analysis-scope")).getText().strip();
    }

    /** The CSV's address from the context root, for downloading it in this browser's session. */
    public String csvPath(String base) {
        return driver.findElement(By.id("csv-download")).getAttribute("href").substring(base.length());
    }
}
