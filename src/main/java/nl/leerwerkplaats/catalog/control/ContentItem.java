package nl.leerwerkplaats.catalog.control;

/** A quiz or reflection assignment located in a module folder: its id (file name stem) and its path. */
public record ContentItem(String id, String file) {
}
