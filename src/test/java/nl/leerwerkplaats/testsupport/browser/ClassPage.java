package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** classes/class.xhtml: one class with its join code and members. */
public class ClassPage extends Pages {

    public ClassPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("member-table")).isEmpty());
        AccessibilityScan.scanOnce(driver, "class page");
    }

    public String joinCode() {
        return driver.findElement(By.id("join-code")).getText().trim();
    }

    public String joinLink() {
        return driver.findElement(By.id("join-link")).getText().trim();
    }

    public List<String> memberNames() {
        return texts("#member-table tbody tr td:first-child");
    }

    /** The class's id, from the address of the page. */
    public String id() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** Uploads a class list (CSV) and returns the page with the import report. */
    public ClassPage importCsv(java.nio.file.Path file) {
        driver.findElement(By.id("import-form:csv")).sendKeys(file.toAbsolutePath().toString());
        clickAndWaitForPage(driver.findElement(By.id("import-form:import")));
        return new ClassPage(driver);
    }

    /** The rows of the import report, one text per imported line. */
    public List<String> importReport() {
        return texts("#import-report tbody tr");
    }

    public AssignModulesPage assignments() {
        clickAndWaitForPage(driver.findElement(By.id("to-assignments")));
        return new AssignModulesPage(driver);
    }
}
