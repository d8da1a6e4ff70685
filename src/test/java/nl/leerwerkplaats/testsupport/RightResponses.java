package nl.leerwerkplaats.testsupport;

import java.util.Comparator;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** The fully right response to a GIFT question, in the JSON shape the autosave API takes. */
public final class RightResponses {

    private RightResponses() {
    }

    public static JsonObject of(GiftQuestion question) {
        switch (question.type()) {
            case GiftQuestion.MULTICHOICE:
                return choices(question);
            case GiftQuestion.TRUEFALSE:
                return Json.createObjectBuilder().add("value", question.correct()).build();
            case GiftQuestion.SHORTANSWER:
                return text(question.answers().stream().filter(a -> a.fraction() == 1 && !a.text().contains("*"))
                        .findFirst().orElseThrow(() -> new AssertionError(question.name() + ": no typable right answer"))
                        .text());
            case GiftQuestion.NUMERICAL:
                GiftAnswer number = question.answers().stream().filter(a -> a.fraction() == 1 && a.value() != null)
                        .findFirst().orElseThrow(() -> new AssertionError(question.name() + ": no right number"));
                double value = number.value();
                return text(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            case GiftQuestion.MATCH:
                JsonObjectBuilder matches = Json.createObjectBuilder();
                IntStream.range(0, question.subquestions().size())
                        .filter(i -> !question.subquestions().get(i).text().isEmpty())
                        .forEach(i -> matches.add(String.valueOf(i), question.subquestions().get(i).answer()));
                return Json.createObjectBuilder().add("matches", matches).build();
            default:
                throw new AssertionError(question.name() + ": a final test has no " + question.type() + " to answer");
        }
    }

    /** Single choice: the best answer; multiple response: every answer with positive weight. */
    private static JsonObject choices(GiftQuestion question) {
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        if (Boolean.TRUE.equals(question.single())) {
            chosen.add(IntStream.range(0, question.answers().size()).boxed()
                    .max(Comparator.comparingDouble(i -> question.answers().get(i).fraction())).orElseThrow());
        } else {
            IntStream.range(0, question.answers().size()).filter(i -> question.answers().get(i).fraction() > 0)
                    .forEach(chosen::add);
        }
        return Json.createObjectBuilder().add("choices", chosen).build();
    }

    private static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }
}
