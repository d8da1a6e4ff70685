package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Question texts as safe HTML, by their GIFT format. */
class QuestionHtmlTest {

    static final String SCRIPT = "Hi<script>alert(1)</script> <img src=\"a.png\" onerror=\"alert(2)\">";

    static void assertNoScript(String html) {
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("alert(1)"), html);
        assertFalse(html.toLowerCase().contains("onerror"), html);
        assertFalse(html.contains("alert(2)"), html);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"plain", "markdown", "html", "moodle"})
    @DisplayName("empty and null text give the empty string, whatever the format")
    void emptyText(String format) {
        assertEquals("", QuestionHtml.of("", format));
        assertEquals("", QuestionHtml.of(null, format));
    }

    @Test
    @DisplayName("plain: < > & and quotes are escaped, a newline becomes <br>")
    void plain() {
        assertEquals("a &lt; b &amp;&amp; c &gt; d<br>say &quot;hi&quot;",
                QuestionHtml.of("a < b && c > d\nsay \"hi\"", "plain"));
    }

    @Test
    @DisplayName("plain: markup is shown as text, never run")
    void plainMarkupEscaped() {
        String html = QuestionHtml.of("<b>bold</b><script>x()</script>", "plain");
        assertEquals("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;", html);
    }

    @Test
    @DisplayName("markdown: **bold** becomes <strong>, a paragraph a <p>")
    void markdown() {
        String html = QuestionHtml.of("Is this **bold** and *this* not?", "markdown");
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertTrue(html.contains("<em>this</em>"), html);
        assertTrue(html.startsWith("<p>"), html);
    }

    @Test
    @DisplayName("markdown: raw script and event handlers are stripped")
    void markdownSanitised() {
        assertNoScript(QuestionHtml.of(SCRIPT, "markdown"));
    }

    @Test
    @DisplayName("html: simple markup is kept")
    void htmlKeepsMarkup() {
        String html = QuestionHtml.of("Choose the <b>best</b> <em>answer</em>", "html");
        assertEquals("Choose the <b>best</b> <em>answer</em>", html);
    }

    @Test
    @DisplayName("html: <script> and onerror= are stripped, the image itself stays")
    void htmlSanitised() {
        String html = QuestionHtml.of(SCRIPT, "html");
        assertNoScript(html);
        assertTrue(html.startsWith("Hi"), html);
        assertTrue(html.contains("<img src=\"a.png\""), html);
    }

    @Test
    @DisplayName("html: a javascript: link loses its href")
    void htmlJavascriptLink() {
        String html = QuestionHtml.of("<a href=\"javascript:alert(1)\">x</a>", "html");
        assertFalse(html.contains("javascript"), html);
        assertTrue(html.contains("x"), html);
    }

    @Test
    @DisplayName("html: a newline is not turned into <br>")
    void htmlKeepsNewline() {
        assertFalse(QuestionHtml.of("one\ntwo", "html").contains("<br"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "moodle")
    @DisplayName("moodle (the default, also for a null format): newlines become <br>, simple HTML stays")
    void moodle(String format) {
        assertEquals("line <em>one</em><br />line <strong>two</strong>",
                QuestionHtml.of("line <em>one</em>\nline <strong>two</strong>", format));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "moodle")
    @DisplayName("moodle: <b> and <i>, common in Moodle question texts, stay")
    void moodleKeepsB(String format) {
        assertEquals("<b>bold</b> and <i>italic</i>", QuestionHtml.of("<b>bold</b> and <i>italic</i>", format));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "moodle")
    @DisplayName("moodle: script and onerror= are stripped")
    void moodleSanitised(String format) {
        String html = QuestionHtml.of(SCRIPT + "\nnext", format);
        assertNoScript(html);
        assertTrue(html.contains("<br />next"), html);
    }

    @Test
    @DisplayName("moodle: a lone < or & in text is escaped, not lost")
    void moodleEscapesText() {
        String html = QuestionHtml.of("1 < 2 & 3", "moodle");
        assertTrue(html.contains("&lt;") && html.contains("&amp;"), html);
        assertTrue(html.contains("2") && html.contains("3"), html);
    }
}
