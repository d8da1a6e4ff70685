package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** login.xhtml */
public class LoginPage extends Pages {

    public LoginPage(WebDriver driver) {
        super(driver);
        waitForReady();
        AccessibilityScan.scanOnce(driver, "login page");
    }

    public static LoginPage open(WebDriver driver, String base) {
        driver.get(base + "/login");
        return new LoginPage(driver);
    }

    public CatalogPage logIn(String username, String password) {
        fill(username, password);
        clickAndWaitForPage(driver.findElement(By.id("login:submit")));
        return new CatalogPage(driver);
    }

    /** Logs in where the login page was shown on the way to another page, which then opens. */
    public void logInAndContinue(String username, String password) {
        fill(username, password);
        clickAndWaitForPage(driver.findElement(By.id("login:submit")));
    }

    public LoginPage logInExpectingError(String username, String password) {
        fill(username, password);
        clickAndWaitForPage(driver.findElement(By.id("login:submit")));
        return new LoginPage(driver);
    }

    private void fill(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
    }

    public String errorMessage() {
        return driver.findElement(By.id("login:messages")).getText();
    }

    /** Logs out through the header's button and waits for the page that follows. */
    public static void logOut(WebDriver driver) {
        new LoginPage.Header(driver).logOut();
    }

    private static final class Header extends Pages {
        Header(WebDriver driver) {
            super(driver);
        }

        void logOut() {
            clickAndWaitForPage(driver.findElement(By.id("session-form:logout")));
        }
    }
}
