package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Reads one lesson: its title (the first-level heading it starts with), checks headings, images and links,
 * points image and link URLs at the module version, and renders it to sanitised HTML.
 */
public class LessonReader {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /**
     * @param links resolves the lesson's relative links and images within its module version
     * @return the lesson, or null when it has errors (added to {@code errors})
     */
    public ParsedLesson read(String fileName, String markdown, String displayPath, ModuleLinks links,
                             List<ContentError> errors) {
        int before = errors.size();
        Node document = renderer.parse(markdown);
        Optional<Node> tooDeep = MarkdownRenderer.tooDeep(document);
        if (tooDeep.isPresent()) {
            errors.add(new ContentError(displayPath, line(tooDeep.get()), "nested more than "
                    + MarkdownRenderer.MAX_DEPTH + " levels deep (quotes or lists inside each other)"));
            return null;
        }
        Checks checks = new Checks(displayPath, links, errors);
        document.accept(checks);
        Node first = document.getFirstChild();
        if (!(first instanceof Heading heading) || heading.getLevel() != 1) {
            errors.add(new ContentError(displayPath, first == null ? 1 : line(first),
                    "a lesson must start with its title as a level-1 heading ('# Title')"));
        } else if (textOf(first).isBlank()) {
            errors.add(new ContentError(displayPath, line(first), "the lesson title after '#' is empty"));
        }
        if (errors.size() > before) {
            return null;
        }
        String id = fileName.substring(0, fileName.length() - ".md".length());
        return new ParsedLesson(id, fileName, textOf(first).trim(), markdown, renderer.render(document), checks.words);
    }

    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Visits the whole document once: heading order, image alt text and targets, link targets, words. */
    private static final class Checks extends AbstractVisitor {
        private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
        private final String file;
        private final ModuleLinks links;
        private final List<ContentError> errors;
        private int previousLevel;
        private int words;

        Checks(String file, ModuleLinks links, List<ContentError> errors) {
            this.file = file;
            this.links = links;
            this.errors = errors;
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 1 && previousLevel > 0) {
                error(heading, "only the title may be a level-1 heading; use '##' for sections");
            } else if (previousLevel > 0 && heading.getLevel() > previousLevel + 1) {
                error(heading, "heading level " + heading.getLevel() + " follows level " + previousLevel
                        + "; headings must not skip a level");
            }
            previousLevel = heading.getLevel();
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            String target = image.getDestination();
            if (textOf(image).isBlank()) {
                error(image, "image '" + target + "' has no alt text: write ![what the image shows](" + target + ")");
            }
            if (scheme(target) != null) {
                error(image, "image '" + target + "' must be a file in the module folder, not a web address");
            } else {
                links.fileUrl(target).ifPresentOrElse(image::setDestination,
                        () -> error(image, "image '" + target + "' not found in the module folder"));
            }
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String target = link.getDestination();
            String scheme = scheme(target);
            if (scheme != null) {
                if (!SAFE_SCHEMES.contains(scheme)) {
                    error(link, "link '" + target + "' uses '" + scheme + ":'; only http, https and mailto are allowed");
                }
            } else if (!target.startsWith("#")) {
                links.linkUrl(target).ifPresentOrElse(link::setDestination,
                        () -> error(link, "link '" + target + "' points to no file or lesson of this module"));
            }
            visitChildren(link);
        }

        @Override
        public void visit(Text text) {
            words += text.getLiteral().trim().isEmpty() ? 0 : text.getLiteral().trim().split("\\s+").length;
        }

        private static String scheme(String target) {
            int colon = target.indexOf(':');
            if (colon <= 0 || !target.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                return null; // '/', '#' or '?' before the colon: a path, fragment or query, not a scheme
            }
            return target.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        }

        private void error(Node node, String message) {
            errors.add(new ContentError(file, line(node), message));
        }
    }
}
