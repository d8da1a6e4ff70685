package nl.leerwerkplaats.catalog.control;

import static nl.leerwerkplaats.catalog.control.LessonReaderTest.attributeValues;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(String markdown) {
        return renderer.render(renderer.parse(markdown));
    }

    private static void assertContains(String html, String part) {
        assertTrue(html.contains(part), () -> "'" + part + "' missing in:\n" + html);
    }

    @Test
    @DisplayName("R4: a GFM table renders as <table> with header and body")
    void gfmTableRendersAsTable() {
        String html = render("""
                | Jaar | Jongeren in jeugdhulp |
                |:-----|----------------------:|
                | 2015 | 1 op 10               |
                | 2023 | 1 op 7                |
                """);

        assertAll(
                () -> assertContains(html, "<table>"),
                () -> assertContains(html, "<thead><tr><th align=\"left\">Jaar</th>"),
                () -> assertContains(html, "<th align=\"right\">Jongeren in jeugdhulp</th>"),
                () -> assertContains(html, "<tbody>"),
                () -> assertContains(html, "<td align=\"left\">2023</td>"),
                () -> assertEquals(2, html.split("<tr>", -1).length - 2, "two body rows and a header row: " + html));
    }

    @Test
    @DisplayName("R4: headings get id anchors, kept by the sanitizer")
    void headingsGetAnchors() {
        String html = render("# Waar komt normaliseren vandaan?\n\n## De Jeugdwet (2015)\n\n## De Jeugdwet (2015)\n");

        assertEquals(List.of("waar-komt-normaliseren-vandaan", "de-jeugdwet-2015", "de-jeugdwet-2015-1"),
                attributeValues(html, "id"));
        assertContains(html, "<h2 id=\"de-jeugdwet-2015\">De Jeugdwet (2015)</h2>");
    }

    @ParameterizedTest(name = "R4: ''{0}'' is sanitised away")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Tekst <script>alert(1)</script> in een alinea.",
            "<img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\">",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
            "<a href=\"&#106;avascript:alert(1)\">klik</a>",
            "[klik](javascript:alert(1))",
            "[klik](javascript&#58;alert(1))",
            "![plaatje](javascript:alert(1))",
            "<p onclick=\"alert(1)\" style=\"color:red\">tekst</p>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
            "<div onmouseover=\"alert(1)\">tekst</div>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://example.org\"><input name=\"wachtwoord\"></form>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>"})
    void scriptNeverSurvives(String markdown) {
        String html = render(markdown).toLowerCase(Locale.ROOT);

        assertAll(
                () -> assertFalse(html.contains("<script"), html),
                () -> assertFalse(html.contains("javascript:"), html),
                () -> assertFalse(html.contains("onerror"), html),
                () -> assertFalse(html.contains("onclick"), html),
                () -> assertFalse(html.contains("onload"), html),
                () -> assertFalse(html.contains("onmouseover"), html),
                () -> assertFalse(html.contains("style="), html),
                () -> assertFalse(html.contains("<iframe"), html),
                () -> assertFalse(html.contains("<svg"), html),
                () -> assertFalse(html.contains("<object"), html),
                () -> assertFalse(html.contains("<embed"), html),
                () -> assertFalse(html.contains("<form"), html),
                () -> assertFalse(html.contains("<input"), html),
                () -> assertFalse(html.contains("data:"), html));
    }

    @Test
    @DisplayName("R4: the sanitizer keeps the text around removed markup")
    void textAroundRemovedMarkupIsKept() {
        String html = render("Voor <script>alert(1)</script>na <span onclick=\"x()\">vet</span>.");

        assertContains(html, "Voor ");
        assertContains(html, "na vet.");
        assertFalse(html.contains("alert"), html);
    }

    @Test
    @DisplayName("R4: emphasis, code, quotes, lists, https links and code blocks survive")
    void allowedMarkupSurvives() {
        String html = render("""
                Een *nadruk*, een **sterk** woord, `code`.

                > Een citaat uit de preambule.

                - eerste
                - tweede

                3. derde
                4. vierde

                Zie [het NJi](https://www.nji.nl/normaliseren "Nederlands Jeugdinstituut") en <mailto:info@example.org>.

                ```java
                int jaar = 2015;
                ```

                ---
                """);

        assertAll(
                () -> assertContains(html, "<em>nadruk</em>"),
                () -> assertContains(html, "<strong>sterk</strong>"),
                () -> assertContains(html, "<code>code</code>"),
                () -> assertContains(html, "<blockquote>"),
                () -> assertContains(html, "<p>Een citaat uit de preambule.</p>"),
                () -> assertContains(html, "<ul><li>eerste</li><li>tweede</li></ul>"),
                () -> assertContains(html, "<ol start=\"3\"><li>derde</li><li>vierde</li></ol>"),
                () -> assertContains(html, "<a href=\"https://www.nji.nl/normaliseren\" title=\"Nederlands Jeugdinstituut\">het NJi</a>"),
                () -> assertContains(html, "<a href=\"mailto:info&#64;example.org\">"),
                () -> assertContains(html, "<pre><code class=\"language-java\">int jaar &#61; 2015;"),
                () -> assertContains(html, "<hr />"));
    }

    @Test
    @DisplayName("R4: the sanitizer alone strips script from HTML given to it")
    void sanitizeAlone() {
        assertEquals("<p>tekst</p>", MarkdownRenderer.sanitize("<p onclick=\"x()\">tekst<script>alert(1)</script></p>"));
    }
}
