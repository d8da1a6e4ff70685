package nl.leerwerkplaats.testsupport.browser;

import java.util.List;
import java.util.Locale;

import org.openqa.selenium.WebElement;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/** Answers quiz questions in the browser as a well-prepared learner would: right, from the GIFT file. */
public final class RightAnswers {

    private RightAnswers() {
    }

    /** Answers a question on the page right, finding it in the GIFT file by its text. */
    public static void answer(AnswerHand page, WebElement element, List<GiftQuestion> bank) {
        String shown = plain(QuizAttemptPage.text(element));
        GiftQuestion question = bank.stream().filter(q -> plain(q.text()).equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError("question not in the GIFT file: " + shown));
        switch (question.type()) {
            case GiftQuestion.MULTICHOICE -> question.answers().stream().filter(a -> a.fraction() > 0)
                    .forEach(a -> page.choose(element, plain(a.text())));
            case GiftQuestion.TRUEFALSE -> page.choose(element, question.correct() ? "Waar" : "Niet waar");
            case GiftQuestion.SHORTANSWER -> page.type(element, question.answers().stream()
                    .filter(a -> a.fraction() == 1).findFirst().orElseThrow().text().replace("*", ""));
            case GiftQuestion.NUMERICAL -> page.type(element, number(question.answers().stream()
                    .filter(a -> a.fraction() == 1 && !a.catchAll()).findFirst().orElseThrow()));
            case GiftQuestion.MATCH -> {
                for (GiftSubquestion pair : question.subquestions()) {
                    if (!pair.text().isEmpty()) {
                        page.match(element, plain(pair.text()), pair.answer());
                    }
                }
            }
            default -> throw new AssertionError("module 1 has no " + question.type() + " question to answer");
        }
    }

    static String number(GiftAnswer answer) {
        double value = answer.value();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    public static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
