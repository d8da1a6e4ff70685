package nl.leerwerkplaats.cohort.control;

/**
 * One valid student from a class list: the name as written (whitespace tidied), the e-mail address in lower
 * case so that it matches an account however it was typed, and the student number or {@code null} when the
 * list had none. {@code line} points back to the file for messages about later steps of the import.
 */
public record RosterRow(int line, String name, String email, String studentNumber) {
}
