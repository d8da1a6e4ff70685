package nl.leerwerkplaats.certificate.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.leerwerkplaats.platform.CsvText;

/**
 * Completion records as CSV (RFC 4180, comma, CRLF, with a byte order mark for Excel), for a professional or an
 * administrator to hand to the register: one row per record, revoked ones marked rather than left out.
 */
public final class RecordsCsv {

    static final List<String> HEADERS = List.of("records.csv.name", "records.csv.registrationNumber",
            "records.csv.activityId", "records.csv.title", "records.csv.version", "records.csv.date",
            "records.csv.hours", "records.csv.points", "records.csv.code", "records.csv.status");
    static final String REVOKED = "records.csv.revoked";
    static final String VALID = "records.csv.valid";
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private RecordsCsv() {
    }

    /** One completion record as it goes into the CSV; nulls become empty fields. */
    public record Row(String name, String registrationNumber, String activityId, String title,
                      LocalDate completionDate, Integer points, String moduleVersion, BigDecimal hours, String code,
                      boolean revoked) {
    }

    /** @param translate the text for a message key in the reader's language; a missing text shows the key */
    public static String write(List<Row> rows, Function<String, String> translate) {
        StringBuilder csv = new StringBuilder(CsvText.BOM);
        CsvText.record(csv, HEADERS.stream().map(key -> translated(translate, key)).toList());
        String revoked = translated(translate, REVOKED);
        String valid = translated(translate, VALID);
        for (Row row : rows) {
            List<String> fields = new ArrayList<>(List.of(text(row.name()), text(row.registrationNumber()),
                    text(row.activityId()), text(row.title()), text(row.moduleVersion())));
            // ISO dates and a decimal point, whatever the server's locale, so registers can import the file.
            fields.add(row.completionDate() == null ? "" : ISO_DATE.format(row.completionDate()));
            fields.add(row.hours() == null ? "" : row.hours().toPlainString());
            fields.add(row.points() == null ? "" : row.points().toString());
            fields.add(text(row.code()));
            fields.add(row.revoked() ? revoked : valid);
            CsvText.record(csv, fields);
        }
        return csv.toString();
    }

    private static String translated(Function<String, String> translate, String key) {
        String text = translate.apply(key);
        return text == null ? key : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
