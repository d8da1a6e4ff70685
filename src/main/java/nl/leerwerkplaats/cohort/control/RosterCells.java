package nl.leerwerkplaats.cohort.control;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.leerwerkplaats.cohort.control.CsvRecords.CsvRecord;

/**
 * What the cells of a class list mean: which header names which column, and whether a name, e-mail address or
 * student number can be imported. A check returns its reason in Dutch, so the lecturer sees what to fix.
 */
final class RosterCells {

    private static final Pattern STUDENT_NUMBER_CHARS = Pattern.compile("[A-Za-z0-9-]+");
    /** What Excel makes of a long number in a column formatted as number: 1,23457E+11. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+-]?\\d+");
    private static final String EMAIL_LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

    private RosterCells() {
    }

    /** The columns a class list can have; a name may also come in parts, as student administrations export it. */
    enum Column {
        NAME("naam"), FIRST_NAME("voornaam"), INFIX("tussenvoegsel"), LAST_NAME("achternaam"),
        EMAIL("e-mail"), STUDENT_NUMBER("studentnummer");

        final String label;

        Column(String label) {
            this.label = label;
        }
    }

    /** Header names, compared in lower case without spaces, hyphens, dots, underscores and colons. */
    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("naam", Column.NAME), Map.entry("name", Column.NAME),
            Map.entry("volledigenaam", Column.NAME), Map.entry("fullname", Column.NAME),
            Map.entry("voornaam", Column.FIRST_NAME), Map.entry("roepnaam", Column.FIRST_NAME),
            Map.entry("firstname", Column.FIRST_NAME),
            Map.entry("tussenvoegsel", Column.INFIX), Map.entry("tussenvoegsels", Column.INFIX),
            Map.entry("achternaam", Column.LAST_NAME), Map.entry("lastname", Column.LAST_NAME),
            Map.entry("email", Column.EMAIL), Map.entry("emailadres", Column.EMAIL),
            Map.entry("emailaddress", Column.EMAIL), Map.entry("mail", Column.EMAIL),
            Map.entry("mailadres", Column.EMAIL),
            Map.entry("studentnummer", Column.STUDENT_NUMBER), Map.entry("studentnumber", Column.STUDENT_NUMBER),
            Map.entry("studentnr", Column.STUDENT_NUMBER), Map.entry("nummer", Column.STUDENT_NUMBER),
            Map.entry("studentid", Column.STUDENT_NUMBER));

    /** Without a header row the order is fixed: name, e-mail, student number. */
    static final Map<Column, Integer> DEFAULT_COLUMNS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            Column.NAME, 0, Column.EMAIL, 1, Column.STUDENT_NUMBER, 2)));

    // --- header

    /** A header names at least one known column and, unlike a student's row, holds no e-mail address. */
    static boolean looksLikeHeader(CsvRecord record) {
        return record.cells().stream().noneMatch(cell -> cell.contains("@"))
                && record.cells().stream().anyMatch(cell -> HEADERS.containsKey(headerKey(cell)));
    }

    private static String headerKey(String cell) {
        StringBuilder key = new StringBuilder();
        for (char c : clean(cell).toLowerCase(Locale.ROOT).toCharArray()) {
            if (" -_.:*".indexOf(c) < 0) {
                key.append(c);
            }
        }
        return key.toString();
    }

    static Map<Column, Integer> headerColumns(CsvRecord header, List<RosterError> errors) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Column column = HEADERS.get(headerKey(header.cells().get(i)));
            if (column == null) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(column, i);
            if (earlier != null) {
                errors.add(new RosterError(header.line(), RosterCsv.WHOLE, "de kopregel heeft twee kolommen voor "
                        + column.label + " (kolom " + (earlier + 1) + " en " + (i + 1) + "); laat er één staan."));
            }
        }
        if (columns.containsKey(Column.NAME)) {
            // A full name wins over its parts.
            columns.remove(Column.FIRST_NAME);
            columns.remove(Column.INFIX);
            columns.remove(Column.LAST_NAME);
        } else if (!columns.containsKey(Column.FIRST_NAME) || !columns.containsKey(Column.LAST_NAME)) {
            errors.add(new RosterError(header.line(), RosterCsv.WHOLE, "de kopregel heeft geen kolom voor de naam; "
                    + "noem die kolom 'naam' (of gebruik de kolommen 'voornaam' en 'achternaam')."));
        }
        if (!columns.containsKey(Column.EMAIL)) {
            errors.add(new RosterError(header.line(), RosterCsv.WHOLE,
                    "de kopregel heeft geen kolom voor het e-mailadres; noem die kolom 'e-mail'."));
        }
        return columns;
    }

    // --- cells

    static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("de naam ontbreekt.");
        }
        if (name.length() > RosterCsv.MAX_NAME_LENGTH) {
            return Optional.of("de naam is " + name.length() + " tekens lang; het maximum is "
                    + RosterCsv.MAX_NAME_LENGTH + ".");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("de naam " + quote(name) + " bevat een onzichtbaar stuurteken; typ de naam opnieuw.");
        }
        return Optional.empty();
    }

    /**
     * A sane address, not the full RFC 5322 grammar: what a student administration hands out. The reason is
     * specific, so the lecturer sees what to fix.
     */
    static Optional<String> emailProblem(String email) {
        for (int i = 0; i < email.length(); i++) {
            if (Character.isWhitespace(email.charAt(i)) || Character.isSpaceChar(email.charAt(i))) {
                return Optional.of("er staat een spatie in");
            }
        }
        int at = email.indexOf('@');
        if (at < 0) {
            return Optional.of("het apenstaartje (@) ontbreekt");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return Optional.of("er staat meer dan één @ in");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of("vóór de @ ontbreekt de naam");
        }
        if (domain.isEmpty()) {
            return Optional.of("na de @ ontbreekt het domein (zoals hogeschool.nl)");
        }
        if (local.length() > 64) {
            return Optional.of("het deel vóór de @ is langer dan 64 tekens");
        }
        for (char c : local.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && EMAIL_LOCAL_SPECIALS.indexOf(c) < 0) {
                return Optional.of("het teken '" + c + "' hoort niet in een e-mailadres");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("vóór de @ staat een punt aan het begin, aan het eind of twee punten achter elkaar");
        }
        if (!domain.contains(".")) {
            return Optional.of("het domein '" + domain + "' heeft geen punt (zoals hogeschool.nl)");
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("het domein '" + domain
                        + "' heeft een punt aan het begin, aan het eind of twee punten achter elkaar");
            }
            for (char c : label.toCharArray()) {
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    return Optional.of("het teken '" + c + "' hoort niet in het domein '" + domain + "'");
                }
            }
            if (label.startsWith("-") || label.endsWith("-") || label.length() > 63) {
                return Optional.of("het domein '" + domain + "' is ongeldig");
            }
        }
        String top = labels[labels.length - 1];
        if (top.length() < 2 || top.chars().allMatch(Character::isDigit)) {
            return Optional.of("het domein '" + domain + "' eindigt niet op een extensie zoals .nl of .com");
        }
        return Optional.empty();
    }

    static Optional<String> studentNumberProblem(String number) {
        if (number.isEmpty()) {
            return Optional.empty();
        }
        if (number.length() > RosterCsv.MAX_STUDENT_NUMBER_LENGTH) {
            return Optional.of("het studentnummer is " + number.length() + " tekens lang; het maximum is "
                    + RosterCsv.MAX_STUDENT_NUMBER_LENGTH + ".");
        }
        if (SCIENTIFIC.matcher(number).matches()) {
            return Optional.of(quote(number) + " is geen geldig studentnummer: Excel heeft het nummer als getal "
                    + "afgekort. Maak de kolom in Excel op als Tekst, typ de nummers opnieuw en exporteer opnieuw.");
        }
        if (!STUDENT_NUMBER_CHARS.matcher(number).matches()) {
            return Optional.of(quote(number) + " is geen geldig studentnummer: alleen letters, cijfers en "
                    + "koppeltekens (-) zijn toegestaan.");
        }
        return Optional.empty();
    }

    /**
     * One form for every cell: composed accents (a Mac may send e + ´), runs of whitespace such as a line break
     * typed in an Excel cell or a non-breaking space as one space, nothing around.
     */
    static String clean(String cell) {
        String text = Normalizer.normalize(cell, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A value in a message, cut short so one absurd cell cannot fill the screen. */
    static String quote(String value) {
        return "'" + (value.length() > 80 ? value.substring(0, 77) + "..." : value) + "'";
    }
}
