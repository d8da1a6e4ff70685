package nl.leerwerkplaats.catalog.control;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML: commonmark-java with GFM tables and heading anchors, then the OWASP sanitizer,
 * so that even raw HTML in a lesson cannot bring script into a learner's page.
 */
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
                    "sup", "sub")
            .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w-]{1,40}")).onElements("code")
            .allowStandardUrlProtocols()
            .toFactory();

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node document) {
        return sanitize(renderer.render(document));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
