package nl.leerwerkplaats.platform;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leerwerkplaats.testsupport.WebSession;

/**
 * One learner of the durability test: their quiz attempt and reflection, the saves they send as the attempt page's
 * and writing page's scripts send them, and a record of every save the server acknowledged and every save that got
 * no answer. Each save's value is derived from its client time (answers) or revision (drafts), so what is found
 * after a restart tells which save it came from.
 */
final class DurabilityLearner {

    static final String MODULE = "m1-herkomst-en-begrippen";
    static final String WRITE = "/reflection/write?module=" + MODULE + "&assignment=eigen-normaal";

    private static final Pattern QUESTION = Pattern.compile(
            "<fieldset class=\"question\" id=\"question-\\d+\" data-slot=\"(\\d+)\" data-type=\"(\\w+)\"");
    private static final Pattern OPTION = Pattern.compile("name=\"q\\d+\" value=\"([^\"]+)\"");
    private static final Pattern SECTION = Pattern.compile("data-section=\"([^\"]+)\"");

    /** A question slot: its number, type and a choice the learner can give. */
    record Slot(int number, String type, String firstOption) {
        String response(long clientTime) {
            return switch (type) {
                case "multichoice" -> "{\"choices\":[" + firstOption + "]}";
                case "truefalse" -> "{\"value\":" + (clientTime % 2 == 0) + "}";
                default -> "{\"text\":\"" + clientTime + "\"}";
            };
        }

        /** Whether a stored (encoded) response is the one sent with this client time. */
        boolean matches(String stored, long clientTime) {
            return switch (type) {
                case "multichoice" -> stored.contains("choices");
                case "truefalse" -> stored.replace(" ", "").contains("\"value\":" + (clientTime % 2 == 0));
                default -> stored.contains("\"" + clientTime + "\"");
            };
        }
    }

    final int number;
    final String email;
    final String password;
    WebSession session;
    long attemptId;
    final List<Slot> slots = new ArrayList<>();
    long reflectionId;
    final List<String> sectionKeys = new ArrayList<>();

    /** Per slot: the newest client time acknowledged, and every client time sent (acknowledged or not). */
    final Map<Integer, Long> ackedClientTime = new ConcurrentHashMap<>();
    final Map<Integer, List<Long>> sentClientTimes = new ConcurrentHashMap<>();
    /** The newest draft revision acknowledged; the revision a draft save in flight would have made. */
    volatile int ackedRevision;
    volatile int unansweredRevision = -1;

    private long clientTime = System.currentTimeMillis();
    private int saveCount;

    DurabilityLearner(int number) {
        this.number = number;
        this.email = "duurzaam%02d@durability.example".formatted(number);
        this.password = "Zonnebloem-kade-%02d!".formatted(number);
    }

    /** Starts the final test and opens the writing page, reading the ids and slots from the pages. */
    void prepare() {
        String quiz = session.get("/quiz/quiz.xhtml?module=" + MODULE + "&quiz=eindtoets").body();
        HttpResponse<String> started = session.submit(quiz, "start-form", Map.of("start-form:start", ""));
        String location = started.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("no attempt started: HTTP " + started.statusCode()));
        String attempt = session.get(location.replaceFirst("^https?://[^/]+", "")).body();
        attemptId = Long.parseLong(find(attempt, "data-attempt=\"(\\d+)\""));
        Matcher question = QUESTION.matcher(attempt);
        while (question.find()) {
            String rest = attempt.substring(question.end());
            Matcher option = OPTION.matcher(rest);
            String type = question.group(2);
            if (!type.equals("description") && !type.equals("match")) {
                slots.add(new Slot(Integer.parseInt(question.group(1)), type, option.find() ? option.group(1) : "0"));
            }
        }
        String write = session.get(WRITE).body();
        reflectionId = Long.parseLong(find(write, "data-reflection=\"(\\d+)\""));
        ackedRevision = Integer.parseInt(find(write, "data-revision=\"(\\d+)\""));
        Matcher section = SECTION.matcher(write);
        while (section.find()) {
            sectionKeys.add(section.group(1));
        }
        if (slots.isEmpty() || sectionKeys.isEmpty()) {
            throw new IllegalStateException("no questions or sections for learner " + number);
        }
    }

    /** One answer save; true when the server acknowledged it. Throws when no answer came (the process died). */
    boolean saveAnswer() {
        Slot slot = slots.get(saveCount++ % slots.size());
        long sent = ++clientTime;
        sentClientTimes.computeIfAbsent(slot.number(), n -> new ArrayList<>()).add(sent);
        HttpResponse<String> response = session.json("PUT", "/api/v1/attempts/" + attemptId + "/slots/" + slot.number(),
                "{\"response\":" + slot.response(sent) + ",\"clientTime\":" + sent + "}");
        if (response.statusCode() / 100 != 2) {
            return false;
        }
        ackedClientTime.merge(slot.number(), sent, Math::max);
        return true;
    }

    /** One draft save based on the last acknowledged revision; true when acknowledged. */
    boolean saveDraft() {
        int base = ackedRevision;
        unansweredRevision = base + 1;
        StringBuilder sections = new StringBuilder();
        for (String key : sectionKeys) {
            sections.append(sections.isEmpty() ? "" : ",").append('"').append(key).append("\":\"")
                    .append(draftText(key, base + 1)).append('"');
        }
        HttpResponse<String> response = session.json("PUT", "/api/v1/reflections/" + reflectionId + "/draft",
                "{\"sections\":{" + sections + "},\"baseRevision\":" + base + "}");
        if (response.statusCode() / 100 != 2) {
            return false;
        }
        ackedRevision = Integer.parseInt(find(response.body(), "\"revision\":(\\d+)"));
        unansweredRevision = -1;
        return true;
    }

    /** The text of a section in the draft with the given revision. */
    String draftText(String key, int revision) {
        return "Concept van lerende " + number + ", deel " + key + ", revisie " + revision + ".";
    }

    /** The section texts of a writing page. */
    static Map<String, String> texts(String writePage) {
        Map<String, String> texts = new LinkedHashMap<>();
        Matcher area = Pattern.compile("<textarea id=\"section-([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(writePage);
        while (area.find()) {
            texts.put(area.group(1), area.group(2));
        }
        return texts;
    }

    Map<String, String> draftTexts(int revision) {
        Map<String, String> texts = new HashMap<>();
        sectionKeys.forEach(key -> texts.put(key, draftText(key, revision)));
        return texts;
    }

    Slot slot(int number) {
        return slots.stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found: " + regex + " in\n" + html);
        }
        return matcher.group(1);
    }
}
