package nl.leerwerkplaats.cohort.control;

import java.util.List;

/**
 * What one read of a class list found: the valid rows and every error. A row with an error is left out of
 * {@code rows}, so the caller decides whether to import the valid rows or ask for a corrected file.
 */
public record RosterReport(List<RosterRow> rows, List<RosterError> errors) {

    public RosterReport {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** True when the whole file was read without a single error. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
