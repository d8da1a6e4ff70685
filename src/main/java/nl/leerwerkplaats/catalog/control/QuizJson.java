package nl.leerwerkplaats.catalog.control;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.quiz.entity.GiftAnswer;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;
import nl.leerwerkplaats.quiz.entity.GiftSubquestion;

/**
 * A quiz in the content check's JSON: {@code {"id","file","settings":{...},"questions":[{"line","name","type",
 * "text","generalFeedback","single","answers":[{"text","fraction","feedback","value","tolerance"}],"correct",
 * "feedbackTrue","feedbackFalse","subquestions":[{"text","answer"}],"category"}]}}. Fields that do not apply are
 * left out. The names are a contract with authors' tools.
 */
final class QuizJson {

    private QuizJson() {
    }

    static JsonObjectBuilder of(ParsedQuiz quiz) {
        JsonArrayBuilder questions = Jsonp.array();
        quiz.questions().forEach(q -> questions.add(question(q)));
        return Jsonp.object().add("id", quiz.id()).add("file", quiz.file())
                .add("settings", settings(quiz.settings())).add("questions", questions);
    }

    private static JsonObjectBuilder settings(QuizSettings s) {
        JsonObjectBuilder draw = Jsonp.object();
        s.draw().forEach(draw::add);
        JsonObjectBuilder json = Jsonp.object().add("passMark", s.passMark());
        if (s.attempts() == null) {
            json.add("attempts", "unlimited");
        } else {
            json.add("attempts", s.attempts());
        }
        if (s.timeLimitMinutes() != null) {
            json.add("timeLimitMinutes", s.timeLimitMinutes());
        }
        return json.add("shuffleQuestions", s.shuffleQuestions()).add("shuffleAnswers", s.shuffleAnswers())
                .add("draw", draw).add("feedback", s.feedback().yaml()).add("finalTest", s.finalTest());
    }

    private static JsonObjectBuilder question(GiftQuestion q) {
        JsonObjectBuilder json = Jsonp.object().add("line", q.line()).add("type", q.type());
        addIfPresent(json, "name", q.name());
        addIfPresent(json, "text", q.text());
        addIfPresent(json, "generalFeedback", q.generalFeedback());
        if (q.single() != null) {
            json.add("single", q.single());
        }
        if (q.answers() != null && !q.answers().isEmpty()) {
            JsonArrayBuilder answers = Jsonp.array();
            q.answers().forEach(a -> answers.add(answer(a)));
            json.add("answers", answers);
        }
        if (q.correct() != null) {
            json.add("correct", q.correct());
        }
        addIfPresent(json, "feedbackTrue", q.feedbackTrue());
        addIfPresent(json, "feedbackFalse", q.feedbackFalse());
        List<GiftSubquestion> subquestions = q.subquestions();
        if (subquestions != null && !subquestions.isEmpty()) {
            JsonArrayBuilder pairs = Jsonp.array();
            subquestions.forEach(p -> pairs.add(Jsonp.object().add("text", p.text()).add("answer", p.answer())));
            json.add("subquestions", pairs);
        }
        addIfPresent(json, "category", q.category());
        return json;
    }

    private static JsonObjectBuilder answer(GiftAnswer a) {
        JsonObjectBuilder json = Jsonp.object().add("fraction", a.fraction());
        addIfPresent(json, "text", a.text());
        addIfPresent(json, "feedback", a.feedback());
        if (a.value() != null) {
            json.add("value", a.value());
        }
        if (a.tolerance() != null) {
            json.add("tolerance", a.tolerance());
        }
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
