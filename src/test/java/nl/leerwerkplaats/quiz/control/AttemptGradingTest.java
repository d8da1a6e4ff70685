package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;

import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Grading a whole attempt of mixed question types, as a learner hands it in. */
class AttemptGradingTest {

    /** Ten questions of the answerable types; with {@link #RESPONSES} they are worth 5 points. */
    static final String[] GIFT = {
            "::Q<n>:: Capital? {=Paris ~Lyon ~Lille}",
            "::Q<n>:: Capital? {=Paris ~Lyon ~Lille}",
            "::Q<n>:: Colours? {~%50%yellow ~%50%green ~%-100%red}",
            "::Q<n>:: True? {T}",
            "::Q<n>:: False? {F}",
            "::Q<n>:: City? {=Amster*dam =%50%*dam}",
            "::Q<n>:: Pi? {#3.14:0.01}",
            "::Q<n>:: Year? {#1822:2}",
            "::Q<n>:: Match.{=Canada -> Ottawa =Italy -> Rome = -> Paris}",
            "::Q<n>:: Describe it.{}"};
    static final QuestionResponse[] RESPONSES = {
            Choice.of(0), Choice.of(2), Choice.of(0), new TrueFalse(true), new TrueFalse(true),
            new Text(" amsterdam "), new Text("3,141"), new Text("1830"),
            new Matching(Map.of(0, "Ottawa", 1, "Paris")), new Essay("It is a table.")};

    @Test
    @DisplayName("a 50-question attempt of mixed types is graded and scored; the time taken is printed")
    void gradeFiftyQuestions() {
        StringBuilder gift = new StringBuilder("::Intro:: Read this first.\n");
        for (int number = 1; number <= 50; number++) {
            String question = GIFT[(number - 1) % GIFT.length].replace("<n>", String.valueOf(number));
            gift.append('\n').append(question).append('\n');
        }
        List<GiftQuestion> questions = GiftSnippets.questions(gift.toString());
        List<QuestionResponse> responses = new ArrayList<>(List.of(QuestionResponse.NONE));
        for (int number = 1; number <= 50; number++) {
            responses.add(RESPONSES[(number - 1) % RESPONSES.length]);
        }

        long start = System.nanoTime();
        AttemptScore first = grade(questions, responses);
        long firstNanos = System.nanoTime() - start;
        int runs = 1000;
        start = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            assertEquals(first, grade(questions, responses));
        }
        long averageNanos = (System.nanoTime() - start) / runs;
        System.out.printf("Grading a 50-question attempt: %.2f ms the first time, %.1f µs on average over %d runs%n",
                firstNanos / 1e6, averageNanos / 1e3, runs);

        // Per ten: 1 + 0 + 0.5 + 1 + 0 + 1 + 1 + 0 + 0.5 + essay pending; the description does not count.
        assertEquals(new AttemptScore(25, 50, 50, true, null), first);
    }

    static AttemptScore grade(List<GiftQuestion> questions, List<QuestionResponse> responses) {
        List<Grade> grades = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            grades.add(QuestionGrader.grade(questions.get(i), responses.get(i)));
        }
        return AttemptScore.of(grades, 55);
    }
}
