package nl.leerwerkplaats.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of a reflection review page's form, as a lecturer fills them in. */
public final class ReviewForm {

    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private ReviewForm() {
    }

    /** The first (lowest) level of every rubric criterion on the page, "needs revision" and the feedback. */
    public static Map<String, String> needsRevision(String page, String feedback) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher radio = RADIO.matcher(page);
        while (radio.find()) {
            Matcher name = NAME.matcher(radio.group());
            Matcher value = VALUE.matcher(radio.group());
            if (name.find() && value.find()) {
                fields.putIfAbsent(name.group(1), value.group(1));
            }
        }
        fields.put("review-form:decision", "NEEDS_REVISION");
        fields.put("review-form:feedback", feedback);
        fields.put("review-form:save", "");
        return fields;
    }
}
