package nl.leerwerkplaats.progress.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import nl.leerwerkplaats.platform.CsvText;
import nl.leerwerkplaats.progress.control.ProgressTable.Cell;
import nl.leerwerkplaats.progress.control.ProgressTable.Row;

/**
 * A class's progress as CSV (RFC 4180, comma, CRLF) for a lecturer's spreadsheet. It starts with a UTF-8 byte order
 * mark, without which Excel reads the file as ANSI and garbles names like "Eliëns".
 */
public final class ProgressCsv {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ProgressCsv() {
    }

    /**
     * @param zone the lecturer's time zone, for the dates
     * @param translate the text for a header's message key, in the lecturer's language
     */
    public static String write(ProgressTable table, ZoneId zone, Function<String, String> translate) {
        Objects.requireNonNull(zone, "zone");
        StringBuilder csv = new StringBuilder(CsvText.BOM);
        CsvText.record(csv, table.headers(translate));
        for (Row row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(text(row.studentNumber()), text(row.name()),
                    text(row.email()), date(row.lastActivity(), zone)));
            for (int index = 0; index < table.columns().size(); index++) {
                Cell cell = row.cell(index);
                if (cell == null) {
                    fields.addAll(List.of("", "", "", ""));
                } else {
                    fields.addAll(List.of(text(cell.status()), String.valueOf(cell.percent()),
                            date(cell.completedAt(), zone),
                            cell.finalScore() == null ? "" : cell.finalScore().toString()));
                }
            }
            CsvText.record(csv, fields);
        }
        return csv.toString();
    }

    /** A moment as local date and time in {@code zone}, to the minute: "2026-11-30 14:05". */
    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
