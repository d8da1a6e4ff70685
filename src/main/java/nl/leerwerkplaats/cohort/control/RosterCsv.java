package nl.leerwerkplaats.cohort.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.leerwerkplaats.cohort.control.CsvRecords.CsvRecord;
import nl.leerwerkplaats.cohort.control.CsvRecords.Decoded;
import nl.leerwerkplaats.cohort.control.CsvRecords.Tokenizer;
import nl.leerwerkplaats.cohort.control.RosterCells.Column;

/**
 * Reads a lecturer's class list: a CSV file with name, e-mail and (optionally) student number, as Excel or the
 * student administration exports it. Lecturers fix their own files, so every problem is reported with its line
 * and field in Dutch, all at once, instead of stopping at the first.
 * <p>
 * The CSV dialect is RFC 4180 with what Excel adds: a ';', ',' or tab delimiter, a BOM, CRLF, LF or (old Mac)
 * CR line ends, an optional {@code sep=;} first line, and stray quotes inside unquoted fields taken literally.
 */
public final class RosterCsv {

    public static final int MAX_ROWS = 2000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_STUDENT_NUMBER_LENGTH = 40;

    static final String NAME = "naam";
    static final String EMAIL = "e-mail";
    static final String STUDENT_NUMBER = "studentnummer";
    static final String WHOLE = "";

    static final String SAVE_AS_UTF8 = "Sla het bestand in Excel op met 'Opslaan als' en kies als bestandstype "
            + "\"CSV UTF-8 (door komma's gescheiden)\"; importeer het daarna opnieuw.";

    private RosterCsv() {
    }

    /**
     * @param content the uploaded file as it arrived
     * @return the valid rows and every problem found; never throws on bad input
     */
    public static RosterReport parse(byte[] content) {
        if (content == null || content.length == 0) {
            return fileError(1, "het bestand is leeg.");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return fileError(1, "dit is een Excel-werkmap (.xlsx) of een ander zip-bestand, geen CSV-bestand. "
                    + SAVE_AS_UTF8);
        }
        Decoded decoded = CsvRecords.decode(content);
        if (decoded.badLine() > 0) {
            // Guessing Windows-1252 would usually work, but a wrong guess silently garbles names like Özdemir.
            return fileError(1, "het bestand is niet als UTF-8 opgeslagen (de eerste onleesbare tekens staan op regel "
                    + decoded.badLine() + "), dus letters als é en ë zouden verkeerd worden ingelezen. " + SAVE_AS_UTF8);
        }
        Tokenizer tokenizer = new Tokenizer(decoded.text());
        CsvRecord first = tokenizer.nextNonBlank();
        if (first == null) {
            return fileError(1, "het bestand bevat geen studenten.");
        }
        if (first.unclosed()) {
            return fileError(first.line(), unclosedQuote());
        }
        List<RosterError> errors = new ArrayList<>();
        Map<Column, Integer> columns = RosterCells.DEFAULT_COLUMNS;
        List<CsvRecord> data = new ArrayList<>();
        if (RosterCells.looksLikeHeader(first)) {
            columns = RosterCells.headerColumns(first, errors);
            if (!errors.isEmpty()) {
                return new RosterReport(List.of(), errors);
            }
        } else {
            data.add(first);
        }
        int count = data.size();
        for (CsvRecord record = tokenizer.nextNonBlank(); record != null; record = tokenizer.nextNonBlank()) {
            count++;
            if (count <= MAX_ROWS) {
                data.add(record);
            }
        }
        if (count > MAX_ROWS) {
            return fileError(1, "het bestand bevat " + count + " studenten; het maximum is " + MAX_ROWS
                    + " per import. Splits het bestand in delen van hoogstens " + MAX_ROWS + " studenten.");
        }
        if (count == 0) {
            return fileError(first.line(), "het bestand bevat alleen een kopregel en geen studenten.");
        }
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (CsvRecord record : data) {
            row(record, columns, tokenizer.delimiter, emailLines, errors).ifPresent(rows::add);
        }
        return new RosterReport(rows, errors);
    }

    private static RosterReport fileError(int line, String message) {
        return new RosterReport(List.of(), List.of(new RosterError(line, WHOLE, message)));
    }

    private static String unclosedQuote() {
        return "het aanhalingsteken (\") dat op deze regel een veld opent, wordt nergens gesloten; "
                + "alles daarna is als één veld gelezen. Sluit het veld af met \".";
    }

    // --- rows

    private static Optional<RosterRow> row(CsvRecord record, Map<Column, Integer> columns, char delimiter,
            Map<String, Integer> emailLines, List<RosterError> errors) {
        int line = record.line();
        if (record.unclosed()) {
            errors.add(new RosterError(line, WHOLE, unclosedQuote()));
            return Optional.empty();
        }
        List<String> cells = record.cells();
        List<String> missing = new ArrayList<>();
        int needed = 0;
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            boolean required = column.getKey() != Column.STUDENT_NUMBER && column.getKey() != Column.INFIX;
            if (required) {
                needed = Math.max(needed, column.getValue() + 1);
                if (column.getValue() >= cells.size()) {
                    missing.add(column.getKey().label);
                }
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RosterError(line, WHOLE, tooFewColumns(cells, needed, missing, delimiter)));
            return Optional.empty();
        }
        int before = errors.size();
        String name = name(cells, columns);
        RosterCells.nameProblem(name).ifPresent(message -> errors.add(new RosterError(line, NAME, message)));
        String email = RosterCells.clean(cell(cells, columns, Column.EMAIL)).toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            errors.add(new RosterError(line, EMAIL, "het e-mailadres ontbreekt."));
        } else if (email.length() > MAX_EMAIL_LENGTH) {
            errors.add(new RosterError(line, EMAIL, "het e-mailadres is " + email.length()
                    + " tekens lang; het maximum is " + MAX_EMAIL_LENGTH + "."));
        } else {
            Optional<String> problem = RosterCells.emailProblem(email);
            if (problem.isPresent()) {
                String hint = line == 1 && !email.contains("@") ? " Is dit een kopregel? Noem de kolommen dan "
                        + "naam, e-mail en studentnummer." : "";
                errors.add(new RosterError(line, EMAIL, RosterCells.quote(email) + " is geen geldig e-mailadres: "
                        + problem.get() + "." + hint));
            } else {
                Integer first = emailLines.putIfAbsent(email, line);
                if (first != null) {
                    errors.add(new RosterError(line, EMAIL, RosterCells.quote(email) + " staat ook al op regel " + first
                            + "; elke student mag maar één keer in de lijst staan."));
                }
            }
        }
        String number = RosterCells.clean(cell(cells, columns, Column.STUDENT_NUMBER));
        RosterCells.studentNumberProblem(number)
                .ifPresent(message -> errors.add(new RosterError(line, STUDENT_NUMBER, message)));
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RosterRow(line, name, email, number.isEmpty() ? null : number));
    }

    private static String tooFewColumns(List<String> cells, int needed, List<String> missing, char delimiter) {
        String message = "te weinig kolommen: " + (missing.size() == 1
                ? "de kolom " + missing.get(0) + " ontbreekt"
                : "de kolommen " + String.join(" en ", missing) + " ontbreken")
                + " (deze regel heeft " + cells.size() + (cells.size() == 1 ? " kolom" : " kolommen")
                + ", er zijn er minstens " + needed + " nodig).";
        for (char other : new char[] {';', ',', '\t'}) {
            if (other != delimiter && cells.stream().anyMatch(cell -> cell.indexOf(other) >= 0)) {
                return message + " Staat er in deze regel een " + delimiterName(other) + " waar een "
                        + delimiterName(delimiter) + " hoort?";
            }
        }
        return message;
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ';' -> "puntkomma (;)";
            case ',' -> "komma (,)";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    private static String cell(List<String> cells, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private static String name(List<String> cells, Map<Column, Integer> columns) {
        if (columns.containsKey(Column.NAME)) {
            return RosterCells.clean(cell(cells, columns, Column.NAME));
        }
        return RosterCells.clean(cell(cells, columns, Column.FIRST_NAME) + " " + cell(cells, columns, Column.INFIX)
                + " " + cell(cells, columns, Column.LAST_NAME));
    }
}
