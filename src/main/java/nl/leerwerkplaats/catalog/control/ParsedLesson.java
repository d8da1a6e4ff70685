package nl.leerwerkplaats.catalog.control;

/** A lesson as read from its Markdown file; {@code html} is rendered and sanitised. */
public record ParsedLesson(String id, String fileName, String title, String markdown, String html, int words) {
}
