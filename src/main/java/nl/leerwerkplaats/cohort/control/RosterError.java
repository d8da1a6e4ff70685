package nl.leerwerkplaats.cohort.control;

/**
 * One problem in an uploaded class list, shown to the lecturer as {@code regel 7, e-mail: message}.
 * Lines are physical lines of the file, counting from 1, so the lecturer finds the row in a text editor or in
 * Excel (which shows the same number as long as no cell holds a line break). {@code field} is {@code naam},
 * {@code e-mail}, {@code studentnummer}, or empty when the problem is the whole row or the whole file.
 */
public record RosterError(int line, String field, String message) {

    @Override
    public String toString() {
        return "regel " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
