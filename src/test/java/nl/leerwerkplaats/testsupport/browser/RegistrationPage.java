package nl.leerwerkplaats.testsupport.browser;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** register.xhtml: a professional creates an account, optionally with an SKJ registration. */
public class RegistrationPage extends Pages {

    public RegistrationPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("register:submit")).isEmpty());
        AccessibilityScan.scanOnce(driver, "registration");
    }

    public static RegistrationPage open(WebDriver driver, String base) {
        driver.get(base + "/register");
        return new RegistrationPage(driver);
    }

    /** Fills in and submits the form; returns once the next page (the login page) has loaded. */
    public LoginPage register(String name, String email, String password, String skjNumber, LocalDate periodStart) {
        driver.findElement(By.id("register:name")).sendKeys(name);
        driver.findElement(By.id("register:email")).sendKeys(email);
        driver.findElement(By.id("register:password")).sendKeys(password);
        driver.findElement(By.id("register:skjNumber")).sendKeys(skjNumber);
        setDate(By.id("register:skjStart"), periodStart);
        driver.findElement(By.id("register:privacyRead")).click();
        clickAndWaitForPage(driver.findElement(By.id("register:submit")));
        return new LoginPage(driver);
    }
}
