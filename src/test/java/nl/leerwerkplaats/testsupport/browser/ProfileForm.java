package nl.leerwerkplaats.testsupport.browser;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** account/profile.xhtml: name, e-mail and the SKJ registration. */
public class ProfileForm extends Pages {

    public ProfileForm(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("profile:save")).isEmpty());
    }

    public static ProfileForm open(WebDriver driver, String base) {
        driver.get(base + "/account/profile");
        return new ProfileForm(driver);
    }

    /** Saves the SKJ number and the start of the registration period; returns the page after saving. */
    public ProfileForm saveSkjRegistration(String number, LocalDate periodStart) {
        WebElement field = driver.findElement(By.id("profile:skjNumber"));
        field.clear();
        field.sendKeys(number);
        // A date input takes typed digits in the browser's locale order; its value property is ISO everywhere.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("profile:skjStart")), periodStart.toString());
        clickAndWaitForPage(driver.findElement(By.id("profile:save")));
        return new ProfileForm(driver);
    }

    public String messages() {
        return texts("#page-messages").stream().findFirst().orElse("");
    }
}
