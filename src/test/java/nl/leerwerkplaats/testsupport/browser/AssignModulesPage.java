package nl.leerwerkplaats.testsupport.browser;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** progress/assignments.xhtml: a class's assigned modules and the form to assign one. */
public class AssignModulesPage extends Pages {

    public AssignModulesPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("assign")).isEmpty());
        waitForReady();
    }

    /** Assigns the module, due at 23:59 on the date; returns the page after the redirect. */
    public AssignModulesPage assign(String moduleKey, LocalDate due) {
        new Select(driver.findElement(By.id("assign:module"))).selectByValue(moduleKey);
        var dueField = driver.findElement(By.id("assign:due_input"));
        dueField.clear();
        dueField.sendKeys(due.toString(), Keys.ESCAPE);
        clickAndWaitForPage(driver.findElement(By.id("assign:save")));
        return new AssignModulesPage(driver);
    }

    /** The text of the row of an assigned module, empty when it is not assigned. */
    public String row(String moduleKey) {
        return driver.findElements(By.cssSelector("#assignment-table tr[data-module='" + moduleKey + "']")).stream()
                .map(r -> r.getText()).findFirst().orElse("");
    }

    public ClassMatrixPage toMatrix() {
        clickAndWaitForPage(driver.findElement(By.id("to-matrix")));
        return new ClassMatrixPage(driver);
    }
}
