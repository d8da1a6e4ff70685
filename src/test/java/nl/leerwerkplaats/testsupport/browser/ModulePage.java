package nl.leerwerkplaats.testsupport.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** learning/module.xhtml: objectives and lessons with read marks. */
public class ModulePage extends Pages {

    public ModulePage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.cssSelector(".lesson-list")).isEmpty());
    }

    public List<String> objectives() {
        return texts(".objectives li");
    }

    public List<String> lessonTitles() {
        return texts(".lesson-list .lesson a");
    }

    /** Titles of the lessons marked as read. */
    public List<String> readLessons() {
        return texts(".lesson-list .lesson.read a");
    }

    public LessonPage openLesson(String title) {
        WebElement link = lessons().stream().map(l -> l.findElement(By.tagName("a")))
                .filter(a -> a.getText().equals(title)).findFirst().orElseThrow();
        clickAndWaitForPage(link);
        return new LessonPage(driver);
    }

    private List<WebElement> lessons() {
        return driver.findElements(By.cssSelector(".lesson-list .lesson"));
    }
}
