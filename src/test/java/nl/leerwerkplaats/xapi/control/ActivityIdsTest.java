package nl.leerwerkplaats.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stable, valid activity IRIs made of content keys. */
class ActivityIdsTest {

    static final String BASE = "https://lwp.example/app";

    @Test
    @DisplayName("Each kind of activity has its own path under the base URL")
    void paths() {
        assertEquals("https://lwp.example/app/xapi/activities/modules/veilig-werken",
                ActivityIds.module(BASE, "veilig-werken"));
        assertEquals("https://lwp.example/app/xapi/activities/modules/m1/lessons/l2",
                ActivityIds.lesson(BASE, "m1", "l2"));
        assertEquals("https://lwp.example/app/xapi/activities/modules/m1/quizzes/q3",
                ActivityIds.quiz(BASE, "m1", "q3"));
        assertEquals("https://lwp.example/app/xapi/activities/modules/m1/quizzes/q3/questions/7",
                ActivityIds.question(BASE, "m1", "q3", 7));
        assertEquals("https://lwp.example/app/xapi/activities/modules/m1/reflections/r4",
                ActivityIds.reflection(BASE, "m1", "r4"));
        assertEquals("https://lwp.example/app/", ActivityIds.agentHomePage(BASE));
    }

    @Test
    @DisplayName("Keys are percent-encoded as path segments: space as %20, UTF-8 bytes, a slash adds no segment")
    void encoding() {
        assertEquals("https://lwp.example/app/xapi/activities/modules/zorg%20thuis/lessons/caf%C3%A9%2F1%3F%23",
                ActivityIds.lesson(BASE, "zorg thuis", "café/1?#"));
        assertEquals("a.b_c~d-e", ActivityIds.segment("a.b_c~d-e"));
        assertEquals("100%25%2Bplus", ActivityIds.segment("100%+plus"));
        assertEquals("%2E%2E", ActivityIds.segment(".."));
        URI uri = URI.create(ActivityIds.quiz(BASE, "a b", "c/d"));
        assertEquals("/app/xapi/activities/modules/a b/quizzes/c/d", uri.getPath(), "decodes back to the keys");
        assertEquals("/app/xapi/activities/modules/a%20b/quizzes/c%2Fd", uri.getRawPath());
    }

    @Test
    @DisplayName("A trailing slash on the base gives the same ids")
    void trailingSlash() {
        assertEquals(ActivityIds.module(BASE, "m"), ActivityIds.module(BASE + "/", "m"));
        assertEquals(BASE + "/", ActivityIds.agentHomePage(BASE + "/"));
    }

    @Test
    @DisplayName("Empty keys, an empty base and a negative question number are refused")
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> ActivityIds.module(BASE, ""));
        assertThrows(IllegalArgumentException.class, () -> ActivityIds.module("/", "m"));
        assertThrows(IllegalArgumentException.class, () -> ActivityIds.question(BASE, "m", "q", -1));
        assertThrows(NullPointerException.class, () -> ActivityIds.lesson(BASE, "m", null));
    }
}
