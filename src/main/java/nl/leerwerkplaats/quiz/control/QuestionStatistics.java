package nl.leerwerkplaats.quiz.control;

import java.util.List;

/**
 * The item analysis of one question over the submitted attempts, as Moodle's quiz statistics show it.
 *
 * @param questionIndex the question's index in the quiz file
 * @param name          the question's {@code ::title::}, or null when it has none
 * @param type          Moodle's qtype, see {@link nl.leerwerkplaats.quiz.entity.GiftQuestion}
 * @param text          the question text as stored (HTML kept)
 * @param shown         how often the question was in a submitted attempt
 * @param answered      how often it was answered (status not UNANSWERED)
 * @param correct       how often it was fully right (status CORRECT)
 * @param pending       how many essays still wait for a lecturer's mark
 * @param shareCorrect  correct / shown, from 0 to 1; 0 when never shown (Moodle's facility as share fully right)
 * @param averageScore  the mean fraction over the marked showings, an unanswered one counting 0; 0 when none
 * @param options       how often each option was given, in the order the view shows them
 */
public record QuestionStatistics(int questionIndex, String name, String type, String text, int shown, int answered,
                                 int correct, int pending, double shareCorrect, double averageScore,
                                 List<OptionCount> options) {

    public QuestionStatistics {
        options = List.copyOf(options);
    }
}
