package nl.leerwerkplaats.catalog.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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

    /** Deeper than this (quotes in quotes, lists in lists) is no lesson text, and would exhaust the stack. */
    static final int MAX_DEPTH = 50;

    /**
     * The first node nested deeper than {@value #MAX_DEPTH} levels, if any; found without recursion, because the
     * visitors that check and render a document recurse once per level.
     */
    public static Optional<Node> tooDeep(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return Optional.of(node);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

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
