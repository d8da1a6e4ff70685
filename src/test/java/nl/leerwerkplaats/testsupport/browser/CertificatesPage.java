package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** certificates/index.xhtml, "Mijn certificaten": the learner's records and points overview. */
public class CertificatesPage extends Pages {

    public CertificatesPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("points")).isEmpty());
    }

    public static CertificatesPage open(WebDriver driver, String base) {
        driver.get(base + "/certificates/");
        return new CertificatesPage(driver);
    }

    /** The verification codes of the records shown for a module, newest first. */
    public List<String> codes(String moduleKey) {
        return driver.findElements(By.cssSelector("article.record-card[data-module='" + moduleKey + "']")).stream()
                .map(card -> card.getAttribute("data-code")).toList();
    }

    public String card(String code) {
        return texts("article.record-card[data-code='" + code + "']").get(0).replaceAll("\\s+", " ");
    }

    /** The PDF's address, from the context root, for downloading it with this browser's session. */
    public String pdfPath(String code, String base) {
        return driver.findElement(By.cssSelector("article.record-card[data-code='" + code + "'] a.download-pdf"))
                .getAttribute("href").substring(base.length());
    }

    public String points() {
        return texts("#points").get(0).replaceAll("\\s+", " ");
    }

    public VerificationPage openVerification(String code) {
        WebElement link = driver.findElement(By.cssSelector("article.record-card[data-code='" + code + "'] a.verify-link"));
        clickAndWaitForPage(link);
        return new VerificationPage(driver);
    }
}
