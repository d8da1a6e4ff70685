package nl.leerwerkplaats.quiz.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.leerwerkplaats.platform.CsvText;

/**
 * The item analysis as CSV (RFC 4180) for a spreadsheet: one row per option, the question's columns repeated,
 * so a lecturer can filter and pivot without merged cells.
 */
public final class ItemAnalysisCsv {

    static final String HEADER = "question,name,type,shown,answered,correct,share_correct,average_score,option,"
            + "option_right,option_count";

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|td|th)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?][^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ItemAnalysisCsv() {
    }

    /** @param translate the text for an option's message key, in the lecturer's language */
    public static String write(List<QuestionStatistics> stats, Function<String, String> translate) {
        StringBuilder csv = new StringBuilder(HEADER).append(CsvText.CRLF);
        for (QuestionStatistics question : stats) {
            List<String> columns = List.of(plainText(question.text()), question.name() == null ? "" : question.name(),
                    question.type(), String.valueOf(question.shown()), String.valueOf(question.answered()),
                    String.valueOf(question.correct()), percent(question.shareCorrect()),
                    percent(question.averageScore()));
            if (question.options().isEmpty()) {
                row(csv, columns, "", "", "");
            }
            for (OptionCount option : question.options()) {
                String label = option.messageKey() == null ? option.label() : translated(translate, option.messageKey());
                row(csv, columns, label, String.valueOf(option.right()), String.valueOf(option.count()));
            }
        }
        return csv.toString();
    }

    private static String translated(Function<String, String> translate, String key) {
        String text = translate.apply(key);
        return text == null ? key : text;
    }

    private static void row(StringBuilder csv, List<String> columns, String... option) {
        List<String> fields = new ArrayList<>(columns);
        fields.addAll(List.of(option));
        CsvText.record(csv, fields);
    }

    /** 0..1 as a percentage with one decimal and a point, whatever the server's locale. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** The question text without HTML, on one line, with the common entities read back. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = BREAK.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
