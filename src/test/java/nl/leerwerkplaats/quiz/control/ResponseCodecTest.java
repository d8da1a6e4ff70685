package nl.leerwerkplaats.quiz.control;

import static nl.leerwerkplaats.quiz.control.GiftSnippets.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerwerkplaats.quiz.control.QuestionResponse.Choice;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Essay;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Matching;
import nl.leerwerkplaats.quiz.control.QuestionResponse.Text;
import nl.leerwerkplaats.quiz.control.QuestionResponse.TrueFalse;
import nl.leerwerkplaats.quiz.control.ResponseCodec.InvalidResponse;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Responses as JSON, stored and sent by the browser, checked against their question. */
class ResponseCodecTest {

    static final String SINGLE = "Capital? {=Paris ~Parijs ~Lyon ~Berlin}";
    static final String MULTI = "Colours? {~%50%yellow ~%50%green ~%-100%red ~blue}";
    static final String TRUEFALSE = "Sky is blue? {T}";
    static final String SHORT = "Who? {=Ann =Bob}";
    static final String NUMERICAL = "How many? {#3:0.5}";
    static final String ESSAY = "Write.{}";
    static final String MATCH = "Match.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =Spain -> Madrid = -> Paris}";
    static final String DESCRIPTION = "Just read this.";

    static final Map<String, String> GIFTS = Map.of("single", SINGLE, "multi", MULTI, "truefalse", TRUEFALSE,
            "short", SHORT, "numerical", NUMERICAL, "essay", ESSAY, "match", MATCH, "description", DESCRIPTION);

    static GiftQuestion q(String name) {
        return question(GIFTS.get(name));
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    @DisplayName("the snippets have the types the tests assume")
    void snippetTypes() {
        assertEquals(GiftQuestion.MULTICHOICE, q("single").type());
        assertEquals(Boolean.TRUE, q("single").single());
        assertEquals(GiftQuestion.MULTICHOICE, q("multi").type());
        assertEquals(Boolean.FALSE, q("multi").single());
        assertEquals(GiftQuestion.TRUEFALSE, q("truefalse").type());
        assertEquals(GiftQuestion.SHORTANSWER, q("short").type());
        assertEquals(GiftQuestion.NUMERICAL, q("numerical").type());
        assertEquals(GiftQuestion.ESSAY, q("essay").type());
        assertEquals(GiftQuestion.MATCH, q("match").type());
        assertEquals(GiftQuestion.DESCRIPTION, q("description").type());
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("single", Choice.of(2), "{\"choices\":[2]}"),
                Arguments.of("single", Choice.of(), "{\"choices\":[]}"),
                Arguments.of("multi", Choice.of(3, 0, 1), "{\"choices\":[0,1,3]}"),
                Arguments.of("multi", Choice.of(0, 1, 2, 3), "{\"choices\":[0,1,2,3]}"),
                Arguments.of("truefalse", new TrueFalse(true), "{\"value\":true}"),
                Arguments.of("truefalse", new TrueFalse(false), "{\"value\":false}"),
                Arguments.of("short", new Text("Ann"), "{\"text\":\"Ann\"}"),
                Arguments.of("short", new Text(""), "{\"text\":\"\"}"),
                Arguments.of("short", new Text("\"quoted\" \\ and ünïcode\n"),
                        "{\"text\":\"\\\"quoted\\\" \\\\ and ünïcode\\n\"}"),
                Arguments.of("numerical", new Text("3,5"), "{\"text\":\"3,5\"}"),
                Arguments.of("essay", new Essay("Line one\nLine <b>two</b>"),
                        "{\"text\":\"Line one\\nLine <b>two</b>\"}"),
                Arguments.of("essay", new Essay(""), "{\"text\":\"\"}"),
                Arguments.of("match", new Matching(Map.of(3, "Madrid", 0, "Paris", 1, "")),
                        "{\"matches\":{\"0\":\"Paris\",\"1\":\"\",\"3\":\"Madrid\"}}"),
                Arguments.of("match", new Matching(Map.of()), "{\"matches\":{}}"),
                Arguments.of("description", QuestionResponse.NONE, "{}"),
                Arguments.of("multi", QuestionResponse.NONE, "{}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roundTrips")
    @DisplayName("every response type encodes to its JSON shape and decodes back to an equal response")
    void roundTrip(String question, QuestionResponse response, String encoded) {
        assertEquals(encoded, ResponseCodec.encode(response));
        assertEquals(response, ResponseCodec.decode(q(question), encoded));
        assertEquals(response, ResponseCodec.decode(q(question), json(encoded)));
    }

    @Test
    @DisplayName("matching with more than ten subquestions sorts its keys as numbers")
    void matchingKeysNumeric() {
        StringBuilder gift = new StringBuilder("Match.{");
        for (int i = 0; i < 12; i++) {
            gift.append("=q").append(i).append(" -> a").append(i).append(' ');
        }
        GiftQuestion question = question(gift.append('}').toString());
        Matching response = new Matching(Map.of(10, "a1", 2, "a10", 0, "a0"));
        String encoded = ResponseCodec.encode(response);
        assertEquals("{\"matches\":{\"0\":\"a0\",\"2\":\"a10\",\"10\":\"a1\"}}", encoded);
        assertEquals(response, ResponseCodec.decode(question, encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "multi", "truefalse", "short", "numerical", "essay", "match", "description"})
    @DisplayName("{} and null are no answer, for every type")
    void emptyIsNone(String question) {
        assertSame(QuestionResponse.NONE, ResponseCodec.decode(q(question), "{}"));
        assertSame(QuestionResponse.NONE, ResponseCodec.decode(q(question), (String) null));
        assertSame(QuestionResponse.NONE, ResponseCodec.decode(q(question), JsonObject.EMPTY_JSON_OBJECT));
        assertSame(QuestionResponse.NONE, ResponseCodec.decode(q(question), " { } "));
    }

    @Test
    @DisplayName("a repeated choice counts once, so it is still one answer on a single-choice question")
    void repeatedChoice() {
        assertEquals(Choice.of(1), ResponseCodec.decode(q("single"), "{\"choices\":[1,1]}"));
    }

    @Test
    @DisplayName("a text of exactly TEXT_MAX characters is accepted")
    void textAtMax() {
        String text = "x".repeat(ResponseCodec.TEXT_MAX);
        assertEquals(new Text(text), ResponseCodec.decode(q("short"), "{\"text\":\"" + text + "\"}"));
        assertEquals(new Essay(text), ResponseCodec.decode(q("essay"), "{\"text\":\"" + text + "\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            single      | {"choices":[4]}
            single      | {"choices":[-1]}
            multi       | {"choices":[0,4]}
            multi       | {"choices":[2147483647]}
            single      | {"choices":[0,1]}
            single      | {"choices":[3,2,1]}
            match       | {"matches":{"0":"Berlin"}}
            match       | {"matches":{"0":"ottawa"}}
            match       | {"matches":{"0":"Canada"}}
            match       | {"matches":{"4":"Paris"}}
            match       | {"matches":{"4":""}}
            match       | {"matches":{"5":"Rome"}}
            match       | {"matches":{"-1":"Rome"}}
            match       | {"matches":{"a":"Rome"}}
            match       | {"matches":{"":"Rome"}}
            match       | {"matches":{"1.0":"Rome"}}
            match       | {"matches":{"99999999999":"Rome"}}
            truefalse   | {"value":"yes"}
            truefalse   | {"value":1}
            truefalse   | {"value":null}
            truefalse   | {"choices":[0]}
            single      | {"choices":"0"}
            single      | {"choices":["0"]}
            single      | {"choices":[null]}
            multi       | {"value":true}
            short       | {"text":5}
            short       | {"text":null}
            short       | {"value":"Ann"}
            numerical   | {"text":3}
            essay       | {"text":["a"]}
            essay       | {"essay":"a"}
            match       | {"matches":["Rome"]}
            match       | {"matches":{"0":5}}
            match       | {"matches":{"0":null}}
            match       | {"text":"Rome"}
            description | {"text":"x"}
            description | {"choices":[]}
            description | {"value":true}
            """)
    @DisplayName("a response that does not fit its question is rejected, stored or sent")
    void rejected(String question, String response) {
        assertThrows(InvalidResponse.class, () -> ResponseCodec.decode(q(question), response));
        assertThrows(InvalidResponse.class, () -> ResponseCodec.decode(q(question), json(response)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            single | {"choices":[1.5]}
            single | {"choices":[1e20]}
            """)
    @DisplayName("a choice that is no whole number in range is rejected as InvalidResponse")
    void rejectedNonIntegerChoice(String question, String response) {
        assertThrows(InvalidResponse.class, () -> ResponseCodec.decode(q(question), response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "numerical", "essay"})
    @DisplayName("a text longer than TEXT_MAX is rejected")
    void textTooLong(String question) {
        String response = "{\"text\":\"" + "x".repeat(ResponseCodec.TEXT_MAX + 1) + "\"}";
        assertThrows(InvalidResponse.class, () -> ResponseCodec.decode(q(question), response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{", "{\"value\":", "[1,2]", "\"text\"", "true", "null", "{'value':true}",
            "{\"value\":tru}"})
    @DisplayName("a stored text that is not a JSON object is rejected")
    void malformedJson(String stored) {
        assertThrows(InvalidResponse.class, () -> ResponseCodec.decode(q("truefalse"), stored));
    }

    @Test
    @DisplayName("the encoding of each response is stable: what a Set or Map holds in any order gives one text")
    void encodingStable() {
        assertEquals(ResponseCodec.encode(new Choice(Set.of(3, 1, 2))), ResponseCodec.encode(Choice.of(1, 2, 3)));
        assertEquals(ResponseCodec.encode(new Matching(Map.of(2, "Tokyo", 0, "Ottawa"))),
                ResponseCodec.encode(new Matching(Map.of(0, "Ottawa", 2, "Tokyo"))));
    }
}
