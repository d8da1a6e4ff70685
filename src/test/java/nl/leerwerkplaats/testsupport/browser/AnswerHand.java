package nl.leerwerkplaats.testsupport.browser;

import org.openqa.selenium.WebElement;

/** How a learner gives an answer on the attempt page: with the mouse, or with the keyboard alone. */
public interface AnswerHand {

    /** Selects the choice (radio button, checkbox, true/false) whose label is this text. */
    void choose(WebElement question, String label);

    /** Types the answer into the question's text field. */
    void type(WebElement question, String answer);

    /** Matching: for the row with this text, picks this answer from its drop-down. */
    void match(WebElement question, String rowText, String answer);
}
