package nl.leerwerkplaats.catalog.control;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import nl.leerwerkplaats.platform.ContentError;

/**
 * Markdown shown outside the lesson pages (reflection prompts, vignette cases and reasonings): rendered and
 * sanitised, without module images or links to lessons, which only resolve inside a lesson.
 */
final class PromptMarkdown {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /**
     * @param what      what the text is, for messages: "prompt", "case"
     * @param firstLine the file line the Markdown's first line is on, so errors point into the file
     * @return the safe HTML, or null after reporting why the text cannot be used
     */
    String render(String markdown, String file, int firstLine, String what, List<ContentError> errors) {
        if (markdown.isBlank()) {
            errors.add(new ContentError(file, firstLine, "the " + what + " is empty"));
            return null;
        }
        int before = errors.size();
        Node document = renderer.parse(markdown);
        var tooDeep = MarkdownRenderer.tooDeep(document);
        if (tooDeep.isPresent()) {
            errors.add(new ContentError(file, firstLine - 1 + LessonReader.line(tooDeep.get()), "nested more than "
                    + MarkdownRenderer.MAX_DEPTH + " levels deep (quotes or lists inside each other)"));
            return null;
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                errors.add(new ContentError(file, firstLine - 1 + LessonReader.line(image), "a " + what + " cannot show images ('"
                        + image.getDestination() + "'); put them in a lesson and refer to it"));
            }

            @Override
            public void visit(Link link) {
                String target = link.getDestination();
                if (!target.startsWith("#") && !target.matches("(?i)(https?|mailto):.*")) {
                    errors.add(new ContentError(file, firstLine - 1 + LessonReader.line(link), "link '" + target
                            + "' in a " + what + " must be a web address (http, https or mailto)"));
                }
                visitChildren(link);
            }
        });
        return errors.size() > before ? null : renderer.render(document);
    }
}
