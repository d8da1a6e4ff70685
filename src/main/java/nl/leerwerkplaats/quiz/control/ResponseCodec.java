package nl.leerwerkplaats.quiz.control;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/**
 * A response as JSON, the same shape in the database and in the autosave endpoint:
 * {@code {"choices":[0,2]}} (answer indexes in file order), {@code {"value":true}}, {@code {"text":"..."}}
 * (short answer, numerical, essay), {@code {"matches":{"0":"answer text"}}} (subquestion index to chosen text);
 * {@code {}} is no answer. What a browser sends is checked against the question: a response that does not fit
 * is rejected as {@link InvalidResponse}, never graded as something else.
 */
public final class ResponseCodec {

    public static final int TEXT_MAX = 20000 - 100;

    private ResponseCodec() {
    }

    /** Thrown for a response that does not fit its question; the message says what is wrong. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static final class InvalidResponse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidResponse(String message) {
            super(message);
        }
    }

    public static String encode(QuestionResponse response) {
        JsonObjectBuilder json = Jsonp.object();
        if (response instanceof Choice choice) {
            JsonArrayBuilder indexes = Jsonp.array();
            choice.answerIndexes().stream().sorted().forEach(indexes::add);
            json.add("choices", indexes);
        } else if (response instanceof TrueFalse trueFalse) {
            json.add("value", trueFalse.value());
        } else if (response instanceof Text text) {
            json.add("text", text.text());
        } else if (response instanceof Essay essay) {
            json.add("text", essay.text());
        } else if (response instanceof Matching matching) {
            JsonObjectBuilder matches = Jsonp.object();
            matching.chosen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> matches.add(String.valueOf(e.getKey()), e.getValue()));
            json.add("matches", matches);
        }
        return json.build().toString();
    }

    /** Reads a stored response; null (never answered) is no answer. */
    public static QuestionResponse decode(GiftQuestion question, String stored) {
        if (stored == null) {
            return QuestionResponse.NONE;
        }
        try (var reader = Jsonp.reader(new StringReader(stored))) {
            return decode(question, reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidResponse("not a JSON object: " + e.getMessage());
        }
    }

    /** Reads and checks a response as a browser sent it. */
    public static QuestionResponse decode(GiftQuestion question, JsonObject json) {
        if (json.isEmpty()) {
            return QuestionResponse.NONE;
        }
        try {
            return switch (question.type()) {
                case GiftQuestion.MULTICHOICE -> choice(question, json);
                case GiftQuestion.TRUEFALSE -> new TrueFalse(json.getBoolean("value"));
                case GiftQuestion.SHORTANSWER, GiftQuestion.NUMERICAL -> new Text(text(json));
                case GiftQuestion.ESSAY -> new Essay(text(json));
                case GiftQuestion.MATCH -> matching(question, json);
                default -> throw new InvalidResponse("a " + question.type() + " question takes no answer");
            };
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw new InvalidResponse("a " + question.type() + " answer needs other fields than " + json.keySet());
        }
    }

    private static String text(JsonObject json) {
        String text = json.getString("text");
        if (text.length() > TEXT_MAX) {
            throw new InvalidResponse("an answer holds at most " + TEXT_MAX + " characters");
        }
        return text;
    }

    private static Choice choice(GiftQuestion question, JsonObject json) {
        Set<Integer> indexes = new HashSet<>();
        for (JsonValue value : json.getJsonArray("choices")) {
            int index = ((JsonNumber) value).intValueExact();
            if (index < 0 || index >= question.answers().size()) {
                throw new InvalidResponse("answer " + index + " is not one of the " + question.answers().size());
            }
            indexes.add(index);
        }
        if (Boolean.TRUE.equals(question.single()) && indexes.size() > 1) {
            throw new InvalidResponse("this question takes one answer");
        }
        return new Choice(indexes);
    }

    private static Matching matching(GiftQuestion question, JsonObject json) {
        Set<String> choices = new HashSet<>();
        question.subquestions().forEach(pair -> choices.add(pair.answer()));
        Map<Integer, String> chosen = new HashMap<>();
        for (Map.Entry<String, JsonValue> entry : json.getJsonObject("matches").entrySet()) {
            int index;
            try {
                index = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                throw new InvalidResponse("'" + entry.getKey() + "' is not a subquestion number");
            }
            String text = ((JsonString) entry.getValue()).getString();
            if (index < 0 || index >= question.subquestions().size()
                    || question.subquestions().get(index).text().isEmpty()) {
                throw new InvalidResponse("subquestion " + index + " is not one to match");
            }
            if (!text.isEmpty() && !choices.contains(text)) {
                throw new InvalidResponse("'" + text + "' is not one of the answers");
            }
            chosen.put(index, text);
        }
        return new Matching(chosen);
    }
}
