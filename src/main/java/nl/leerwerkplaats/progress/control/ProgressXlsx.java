package nl.leerwerkplaats.progress.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import nl.leerwerkplaats.progress.control.ProgressTable.Cell;
import nl.leerwerkplaats.progress.control.ProgressTable.Row;

/**
 * A class's progress as an Excel workbook (.xlsx), the same columns as {@link ProgressCsv} but typed: percentages
 * and scores are numbers and dates are dates, so a lecturer can sort and compute without converting text. The
 * header row and the student number and name stay in view while scrolling.
 */
public final class ProgressXlsx {

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    static final String APPLICATION = "Leerwerkplaats";
    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;
    private static final int LEARNER_COLUMNS = ProgressTable.LEARNER_KEYS.size();
    private static final int MODULE_COLUMNS = ProgressTable.MODULE_KEYS.size();

    private ProgressXlsx() {
    }

    /**
     * Writes the workbook to {@code out}, which stays open: the caller owns it.
     *
     * @param zone the lecturer's time zone, for the dates
     * @param translate the text for a header's message key, in the lecturer's language
     */
    public static void write(ProgressTable table, ZoneId zone, Function<String, String> translate, OutputStream out)
            throws IOException {
        Objects.requireNonNull(zone, "zone");
        Workbook workbook = new Workbook(out, APPLICATION, null);
        Worksheet sheet = workbook.newWorksheet(sheetName(table.className()));
        List<String> headers = table.headers(translate);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
        int rowNumber = 1;
        for (Row row : table.rows()) {
            text(sheet, rowNumber, 0, row.studentNumber());
            text(sheet, rowNumber, 1, row.name());
            text(sheet, rowNumber, 2, row.email());
            date(sheet, rowNumber, 3, row.lastActivity(), zone);
            for (int index = 0; index < table.columns().size(); index++) {
                Cell cell = row.cell(index);
                if (cell != null) {
                    int first = LEARNER_COLUMNS + index * MODULE_COLUMNS;
                    text(sheet, rowNumber, first, cell.status());
                    sheet.value(rowNumber, first + 1, cell.percent());
                    date(sheet, rowNumber, first + 2, cell.completedAt(), zone);
                    if (cell.finalScore() != null) {
                        sheet.value(rowNumber, first + 3, cell.finalScore());
                    }
                }
            }
            rowNumber++;
        }
        sheet.width(1, 28);
        sheet.width(2, 28);
        sheet.width(3, 17);
        sheet.freezePane(2, 1);
        workbook.finish();
        out.flush();
    }

    /**
     * A name Excel accepts for a sheet: none of {@code []:*?/\}, not starting or ending with an apostrophe, not
     * empty, at most 31 characters, and not "History", which Excel keeps for itself.
     */
    static String sheetName(String className) {
        String name = className == null ? "" : className.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.length() > MAX_SHEET_NAME) {
            int end = MAX_SHEET_NAME;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end).strip();
        }
        if (name.equalsIgnoreCase("History")) {
            name = name + "-";
        }
        return name.isEmpty() ? "Voortgang" : name;
    }

    /** A string cell, so a student number like "00123" keeps its leading zeros; nothing for null. */
    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, value);
        }
    }

    private static void date(Worksheet sheet, int row, int column, Instant instant, ZoneId zone) {
        if (instant != null) {
            sheet.value(row, column, LocalDateTime.ofInstant(instant, zone));
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }
}
