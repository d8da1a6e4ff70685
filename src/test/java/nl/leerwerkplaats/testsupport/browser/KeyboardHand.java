package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Answers on the attempt page with the keyboard alone: Tab to a field, the arrow keys within a radio group or a
 * drop-down, Space to tick a checkbox, typing into text fields.
 */
public final class KeyboardHand implements AnswerHand {

    private final Keyboard keyboard;

    public KeyboardHand(Keyboard keyboard) {
        this.keyboard = keyboard;
    }

    @Override
    public void choose(WebElement question, String label) {
        WebElement input = QuizAttemptPage.choiceInput(question, label);
        if ("radio".equals(input.getAttribute("type"))) {
            String group = input.getAttribute("name");
            keyboard.tabTo("radio group " + group, e -> group.equals(e.getAttribute("name")));
            int options = question.findElements(By.cssSelector("input[name='" + group + "']")).size();
            for (int i = 0; i < options && !keyboard.focused().equals(input); i++) {
                keyboard.press(Keys.ARROW_DOWN);
            }
            if (!input.isSelected()) {
                keyboard.press(Keys.SPACE);
            }
        } else {
            keyboard.tabTo(input);
            if (!input.isSelected()) {
                keyboard.press(Keys.SPACE);
            }
        }
        if (!input.isSelected()) {
            throw new AssertionError("the keyboard did not select '" + label + "'");
        }
    }

    @Override
    public void type(WebElement question, String answer) {
        keyboard.tabTo(question.findElement(By.cssSelector("input[type=text], textarea")));
        keyboard.press(answer);
    }

    @Override
    public void match(WebElement question, String rowText, String answer) {
        WebElement select = QuizAttemptPage.matchSelect(question, rowText);
        keyboard.tabTo(select);
        Select options = new Select(select);
        for (int i = 0; i <= options.getOptions().size()
                && !answer.equals(options.getFirstSelectedOption().getText().strip()); i++) {
            keyboard.press(Keys.ARROW_DOWN);
        }
        if (!answer.equals(options.getFirstSelectedOption().getText().strip())) {
            throw new AssertionError("the keyboard did not pick '" + answer + "' for '" + rowText + "'");
        }
    }
}
