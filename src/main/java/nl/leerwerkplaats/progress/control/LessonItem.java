package nl.leerwerkplaats.progress.control;

/** A lesson of a module version, as far as completion is concerned. */
public record LessonItem(String key, String title) {
}
