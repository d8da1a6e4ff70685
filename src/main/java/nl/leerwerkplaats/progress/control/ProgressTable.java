package nl.leerwerkplaats.progress.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A class's progress as a plain table, ready for export: one row per learner, one column per module. The texts are
 * already translated, so the CSV and XLSX writers only lay them out and agree on the same columns.
 */
public record ProgressTable(String className, List<Column> columns, List<Row> rows) {

    /** The message keys of the learner's columns, then those repeated for every module. */
    static final List<String> LEARNER_KEYS = List.of("export.studentNumber", "export.name", "export.email",
            "export.lastActivity");
    static final List<String> MODULE_KEYS = List.of("export.status", "export.percent", "export.completedAt",
            "export.finalScore");
    /** Between a module's title and the kind of value, as in "Veilig werken – Status". */
    static final String SEPARATOR = " – ";

    public ProgressTable {
        Objects.requireNonNull(className, "className");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One module; {@code dueAt} is null when the class has no deadline for it. */
    public record Column(String moduleKey, String title, Instant dueAt) {
    }

    /**
     * One learner; {@code studentNumber}, {@code email} and {@code lastActivity} may be null. {@code cells} has one
     * entry per column, in the same order, and an entry is null where the module does not apply.
     */
    public record Row(String studentNumber, String name, String email, Instant lastActivity, List<Cell> cells) {

        public Row {
            cells = cells == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The cell of column {@code index}, or null when it is missing or not applicable. */
        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }

    /** A learner's progress in one module; {@code status} is the translated word, e.g. "Afgerond". */
    public record Cell(String status, int percent, Instant completedAt, Integer finalScore) {
    }

    /** The header texts, in column order: four for the learner, then four per module. */
    public List<String> headers(Function<String, String> translate) {
        List<String> headers = new ArrayList<>();
        for (String key : LEARNER_KEYS) {
            headers.add(translated(translate, key));
        }
        for (Column column : columns) {
            for (String key : MODULE_KEYS) {
                headers.add((column.title() == null ? column.moduleKey() : column.title()) + SEPARATOR + translated(translate, key));
            }
        }
        return headers;
    }

    private static String translated(Function<String, String> translate, String key) {
        String text = translate.apply(key);
        return text == null ? key : text;
    }
}
