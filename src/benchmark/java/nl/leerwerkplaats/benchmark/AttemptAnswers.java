package nl.leerwerkplaats.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner's browser autosaves on an attempt page: one answer per question, in the JSON the page's
 * script sends. Which answer does not matter for the load; each question gets its first option.
 */
final class AttemptAnswers {

    /** One autosave: the slot's address and the request body without its clientTime. */
    record Save(int slot, String response) {
        String body(long clientTime) {
            return "{\"response\":" + response + ",\"clientTime\":" + clientTime + "}";
        }
    }

    private static final Pattern QUESTION = Pattern.compile(
            "<fieldset class=\"question\" id=\"question-\\d+\" data-slot=\"(\\d+)\" data-type=\"(\\w+)\"");
    private static final Pattern OPTION = Pattern.compile("name=\"q\\d+\" value=\"([^\"]+)\"");
    private static final Pattern MATCH_ROW = Pattern.compile("data-sub=\"(\\d+)\"");
    private static final Pattern MATCH_CHOICE = Pattern.compile("<option value=\"([^\"]+)\"");

    private AttemptAnswers() {
    }

    static List<Save> of(String attemptPage) {
        List<Save> saves = new ArrayList<>();
        Matcher question = QUESTION.matcher(attemptPage);
        List<int[]> bounds = new ArrayList<>();
        while (question.find()) {
            bounds.add(new int[] {question.start(), Integer.parseInt(question.group(1))});
        }
        for (int i = 0; i < bounds.size(); i++) {
            int start = bounds.get(i)[0];
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : attemptPage.length();
            String html = attemptPage.substring(start, end);
            Matcher type = QUESTION.matcher(html);
            type.find();
            String response = response(type.group(2), html);
            if (response != null) {
                saves.add(new Save(bounds.get(i)[1], response));
            }
        }
        if (saves.isEmpty()) {
            throw new IllegalStateException("No questions on the attempt page");
        }
        return saves;
    }

    private static String response(String type, String html) {
        return switch (type) {
            case "multichoice" -> "{\"choices\":[" + first(OPTION, html) + "]}";
            case "truefalse" -> "{\"value\":true}";
            case "match" -> "{\"matches\":{\"" + first(MATCH_ROW, html) + "\":\""
                    + json(unescape(first(MATCH_CHOICE, html))) + "\"}}";
            case "numerical" -> "{\"text\":\"1\"}";
            case "description" -> null;
            default -> "{\"text\":\"normaliseren\"}";
        };
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in question: " + html);
        }
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
