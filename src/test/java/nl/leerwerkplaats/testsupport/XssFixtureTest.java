package nl.leerwerkplaats.testsupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stored-XSS tests' detector: it must find each payload as markup and leave escaped text alone. */
class XssFixtureTest {

    @Test
    @DisplayName("Finds a script element, an event handler and a javascript: address of the payload")
    void findsRunnableMarkup() {
        assertNotNull(XssFixture.runnable("<p>x</p>" + XssFixture.SCRIPT));
        assertNotNull(XssFixture.runnable("<td>" + XssFixture.IMG + "</td>"));
        assertNotNull(XssFixture.runnable("<input value=\"" + XssFixture.SVG + "\">"), "broke out of an attribute");
        assertNotNull(XssFixture.runnable("<a href=\"javascript:window.__xss=1\">a</a>"));
        assertNotNull(XssFixture.runnable("<script>var c = {\"label\":\"</script>" + XssFixture.SCRIPT));
    }

    @Test
    @DisplayName("Leaves escaped text alone, also inside an attribute's value")
    void leavesEscapedTextAlone() {
        String escaped = "&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"
                + "&quot;&gt;&lt;svg onload=window.__xss=1&gt; &lt;a href=&quot;javascript:window.__xss=1&quot;&gt;";
        assertNull(XssFixture.runnable("<td>" + escaped + "</td>"));
        assertNull(XssFixture.runnable("<input aria-label=\"" + escaped + "\" value=\"" + escaped + "\">"));
        assertNull(XssFixture.runnable("<script>var c = {\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003e"
                + "window.__xss=1\"};</script>"));
    }
}
