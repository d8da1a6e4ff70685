package nl.leerwerkplaats.platform;

/** Plain text made safe to place in HTML, as text or in a quoted attribute. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
