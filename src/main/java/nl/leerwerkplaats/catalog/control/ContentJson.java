package nl.leerwerkplaats.catalog.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * The content check's JSON: {@code {"modules":[{"id","version","title","lessons":[{"id","title"}],
 * "quizzes":[...],"reflections":[{"id","file","title","approvalRequired","sections":[{"key","title","question",
 * "minWords","maxWords"}],"rubric":[{"key","title","levels":[{"label","points","description"}]}]}],
 * "vignettes":{"file","title","scale":{"question","points":[...]},"vignettes":[{"key","title",
 * "firstStep":{"question","options":[...]}}]}}],
 * "errors":[{"file","line","message"}]}}. Field names are a contract with authors' tools: add fields, never
 * rename them.
 */
public final class ContentJson {

    private ContentJson() {
    }

    public static JsonObject of(ContentReport report) {
        JsonArrayBuilder modules = Jsonp.array();
        for (ParsedModule module : report.modules()) {
            JsonArrayBuilder lessons = Jsonp.array();
            module.lessons().forEach(l -> lessons.add(Jsonp.object().add("id", l.id()).add("title", l.title())));
            JsonObjectBuilder json = Jsonp.object()
                    .add("id", module.id())
                    .add("version", module.version())
                    .add("title", module.descriptor().title())
                    .add("lessons", lessons)
                    .add("quizzes", quizzes(module.quizzes()))
                    .add("reflections", reflections(module.reflections()));
            // A module without a vignette set has no "vignettes" field.
            module.vignetteSet().ifPresent(set -> json.add("vignettes", vignettes(set)));
            modules.add(json);
        }
        JsonArrayBuilder errors = Jsonp.array();
        report.errors().forEach(e -> errors.add(Jsonp.object()
                .add("file", e.file()).add("line", e.line()).add("message", e.message())));
        return Jsonp.object().add("modules", modules).add("errors", errors).build();
    }

    private static JsonArrayBuilder quizzes(java.util.List<ParsedQuiz> quizzes) {
        JsonArrayBuilder array = Jsonp.array();
        quizzes.forEach(quiz -> array.add(QuizJson.of(quiz)));
        return array;
    }

    /** Fields without a value (no word limit, no level description, no rubric) are left out. */
    private static JsonArrayBuilder reflections(java.util.List<ParsedReflection> reflections) {
        JsonArrayBuilder array = Jsonp.array();
        for (ParsedReflection reflection : reflections) {
            JsonArrayBuilder sections = Jsonp.array();
            for (ParsedReflection.Section s : reflection.sections()) {
                JsonObjectBuilder section = Jsonp.object().add("key", s.key()).add("title", s.title())
                        .add("question", s.question());
                addIfPresent(section, "minWords", s.minWords());
                addIfPresent(section, "maxWords", s.maxWords());
                sections.add(section);
            }
            JsonObjectBuilder object = Jsonp.object().add("id", reflection.id()).add("file", reflection.file())
                    .add("title", reflection.title()).add("approvalRequired", reflection.approvalRequired())
                    .add("sections", sections);
            if (reflection.rubric() != null) {
                object.add("rubric", rubric(reflection.rubric()));
            }
            array.add(object);
        }
        return array;
    }

    private static JsonObjectBuilder vignettes(ParsedVignettes set) {
        JsonArrayBuilder points = Jsonp.array();
        set.scale().points().forEach(points::add);
        JsonArrayBuilder vignettes = Jsonp.array();
        for (ParsedVignettes.Vignette v : set.vignettes()) {
            JsonObjectBuilder vignette = Jsonp.object().add("key", v.key()).add("title", v.title());
            if (v.firstStep() != null) {
                JsonArrayBuilder options = Jsonp.array();
                v.firstStep().options().forEach(options::add);
                vignette.add("firstStep", Jsonp.object().add("question", v.firstStep().question())
                        .add("options", options));
            }
            vignettes.add(vignette);
        }
        return Jsonp.object().add("file", set.file()).add("title", set.title())
                .add("scale", Jsonp.object().add("question", set.scale().question()).add("points", points))
                .add("vignettes", vignettes);
    }

    private static JsonArrayBuilder rubric(ParsedReflection.Rubric rubric) {
        JsonArrayBuilder criteria = Jsonp.array();
        for (ParsedReflection.Criterion c : rubric.criteria()) {
            JsonArrayBuilder levels = Jsonp.array();
            for (ParsedReflection.Level l : c.levels()) {
                JsonObjectBuilder level = Jsonp.object().add("label", l.label()).add("points", l.points());
                if (l.description() != null) {
                    level.add("description", l.description());
                }
                levels.add(level);
            }
            criteria.add(Jsonp.object().add("key", c.key()).add("title", c.title()).add("levels", levels));
        }
        return criteria;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Integer value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
