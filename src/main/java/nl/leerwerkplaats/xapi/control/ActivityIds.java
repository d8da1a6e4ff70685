package nl.leerwerkplaats.xapi.control;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Stable activity IRIs under the platform's own base URL. An LRS groups statements by activity id, so an id must
 * not change when a title does: it is made of the content keys, each a percent-encoded path segment.
 */
public final class ActivityIds {

    private static final String HEX = "0123456789ABCDEF";

    private ActivityIds() {
    }

    /** The homePage of the learners' accounts: the platform itself. */
    public static String agentHomePage(String base) {
        return root(base) + "/";
    }

    public static String module(String base, String moduleKey) {
        return root(base) + "/xapi/activities/modules/" + segment(moduleKey);
    }

    public static String lesson(String base, String moduleKey, String lessonKey) {
        return module(base, moduleKey) + "/lessons/" + segment(lessonKey);
    }

    public static String quiz(String base, String moduleKey, String quizKey) {
        return module(base, moduleKey) + "/quizzes/" + segment(quizKey);
    }

    /** @param questionNumber the question's number within the quiz, never negative */
    public static String question(String base, String moduleKey, String quizKey, int questionNumber) {
        if (questionNumber < 0) {
            throw new IllegalArgumentException("question number " + questionNumber + " is negative");
        }
        return quiz(base, moduleKey, quizKey) + "/questions/" + questionNumber;
    }

    public static String reflection(String base, String moduleKey, String reflectionKey) {
        return module(base, moduleKey) + "/reflections/" + segment(reflectionKey);
    }

    /** The base URL without a trailing slash, tolerated so "https://x/" and "https://x" give the same ids. */
    private static String root(String base) {
        Objects.requireNonNull(base, "base");
        String root = base.strip();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        if (root.isEmpty()) {
            throw new IllegalArgumentException("base URL is empty");
        }
        return root;
    }

    /**
     * One path segment, percent-encoded as RFC 3986 allows: only the unreserved characters stay as they are, every
     * other UTF-8 byte becomes %XX (a space is %20, not +, and a slash cannot add a segment).
     */
    static String segment(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        if (key.equals(".") || key.equals("..")) {
            return key.replace(".", "%2E"); // else URI normalisation would remove the segment
        }
        StringBuilder encoded = new StringBuilder(key.length() + 8);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }
}
