package nl.leerwerkplaats.platform;

/** One problem in the content (module files, quizzes, reflections): shown to authors as {@code path:line: message}. Lines count from 1. */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
