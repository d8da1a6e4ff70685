package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** learning/dashboard.xhtml, "Mijn leren": the learner's modules with progress and deadlines. */
public class MyLearningPage extends Pages {

    public MyLearningPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("calendar-url")).isEmpty());
    }

    public static MyLearningPage open(WebDriver driver, String base) {
        driver.get(base + "/learning/dashboard");
        return new MyLearningPage(driver);
    }

    /** The status line of a module ("Afgerond · 100% gedaan"), empty when the module is not listed. */
    public String status(String moduleKey) {
        return driver.findElements(By.cssSelector("li[data-module='" + moduleKey + "'] .progress-text")).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ").strip()).findFirst().orElse("");
    }

    public MyLearningPage inEnglish() {
        clickEnglish();
        return new MyLearningPage(driver);
    }

    public String meta(String moduleKey) {
        return driver.findElements(By.cssSelector("li[data-module='" + moduleKey + "'] .meta")).stream()
                .map(e -> e.getText()).findFirst().orElse("");
    }
}
