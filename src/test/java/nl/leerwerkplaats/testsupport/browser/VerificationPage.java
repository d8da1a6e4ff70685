package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** certificates/verify.xhtml behind /verify/{code}: the public check of a record. */
public class VerificationPage extends Pages {

    public VerificationPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("verification")).isEmpty());
    }

    public static VerificationPage open(WebDriver driver, String base, String code) {
        driver.get(base + "/verify/" + code);
        return new VerificationPage(driver);
    }

    /** valid, revoked or invalid; empty when no record was found. */
    public String status() {
        return driver.findElements(By.id("status")).stream().map(e -> e.getAttribute("data-status")).findFirst()
                .orElse("");
    }

    public String field(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    public VerificationPage inEnglish() {
        clickEnglish();
        return new VerificationPage(driver);
    }

    public boolean signatureValid() {
        return "true".equals(driver.findElement(By.id("signature")).getAttribute("data-valid"));
    }
}
