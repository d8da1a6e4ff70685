package nl.leerwerkplaats.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The content check's JSON: {@code {"modules":[{"id","version","title","lessons":[{"id","title"}],
 * "quizzes":[...],"reflections":[...]}],"errors":[{"file","line","message"}]}}. Field names are a
 * contract with authors' tools: add fields, never rename them.
 */
public final class ContentJson {

    private ContentJson() {
    }

    public static JsonObject of(ContentReport report) {
        JsonArrayBuilder modules = Json.createArrayBuilder();
        for (ParsedModule module : report.modules()) {
            JsonArrayBuilder lessons = Json.createArrayBuilder();
            module.lessons().forEach(l -> lessons.add(Json.createObjectBuilder().add("id", l.id()).add("title", l.title())));
            modules.add(Json.createObjectBuilder()
                    .add("id", module.id())
                    .add("version", module.version())
                    .add("title", module.descriptor().title())
                    .add("lessons", lessons)
                    .add("quizzes", quizzes(module.quizzes()))
                    .add("reflections", items(module.reflections())));
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        report.errors().forEach(e -> errors.add(Json.createObjectBuilder()
                .add("file", e.file()).add("line", e.line()).add("message", e.message())));
        return Json.createObjectBuilder().add("modules", modules).add("errors", errors).build();
    }

    private static JsonArrayBuilder quizzes(java.util.List<ParsedQuiz> quizzes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        quizzes.forEach(quiz -> array.add(QuizJson.of(quiz)));
        return array;
    }

    private static JsonArrayBuilder items(java.util.List<ContentItem> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ContentItem item : items) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("id", item.id()).add("file", item.file());
            array.add(object);
        }
        return array;
    }
}
