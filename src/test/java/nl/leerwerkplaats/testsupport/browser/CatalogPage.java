package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** index.xhtml: the module catalog. */
public class CatalogPage extends Pages {

    public CatalogPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.cssSelector(".module-list, .notice")).isEmpty());
        AccessibilityScan.scanOnce(driver, "module catalogue");
    }

    public List<String> moduleTitles() {
        return texts(".module-card h2");
    }

    public String progressOf(String title) {
        return card(title).findElement(By.cssSelector(".progress-text")).getText();
    }

    public ModulePage openModule(String title) {
        clickAndWaitForPage(card(title).findElement(By.cssSelector("h2 a")));
        return new ModulePage(driver);
    }

    public CatalogPage switchToEnglish() {
        clickEnglish();
        return new CatalogPage(driver);
    }

    private WebElement card(String title) {
        return driver.findElements(By.cssSelector(".module-card")).stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No module card " + title + " in " + moduleTitles()));
    }
}
