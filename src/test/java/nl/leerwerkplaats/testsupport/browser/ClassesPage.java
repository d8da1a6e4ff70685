package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** classes/index.xhtml: classes taught (with the new-class form) and classes joined (with the join form). */
public class ClassesPage extends Pages {

    public ClassesPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("join")).isEmpty());
        AccessibilityScan.scanOnce(driver, "my classes");
    }

    public static ClassesPage open(WebDriver driver, String base) {
        driver.get(base + "/classes/index");
        return new ClassesPage(driver);
    }

    public ClassPage create(String name) {
        WebElement field = driver.findElement(By.id("create:name"));
        field.clear();
        field.sendKeys(name);
        clickAndWaitForPage(driver.findElement(By.id("create:submit")));
        return new ClassPage(driver);
    }

    public ClassesPage join(String code) {
        driver.findElement(By.id("join:code")).sendKeys(code);
        clickAndWaitForPage(driver.findElement(By.id("join:submit")));
        return new ClassesPage(driver);
    }

    public List<String> joined() {
        return texts("#joined li");
    }
}
