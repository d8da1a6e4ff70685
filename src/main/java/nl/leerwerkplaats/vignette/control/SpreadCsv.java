package nl.leerwerkplaats.vignette.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.platform.CsvText;

/**
 * The spreads as CSV in long form, one count per row, so a spreadsheet's pivot table or R reads it as is:
 * {@code group,case,title,round,question,choice,answers}. Per case and round a row "answers" gives the number of
 * answers; the counts per choice are left empty where the round has fewer answers than the privacy threshold.
 */
public final class SpreadCsv {

    /** The spreads of one group of learners (a class, all classes) and how the file names it. */
    public record Group(String label, List<CaseSpread> cases) {
    }

    private SpreadCsv() {
    }

    /** @param text the interface text of a message key, in the export's language */
    public static String write(ParsedVignettes set, List<Group> groups, Function<String, String> text) {
        StringBuilder csv = new StringBuilder(CsvText.BOM);
        CsvText.record(csv, List.of(text.apply("vignette.csv.group"), text.apply("vignette.csv.case"),
                text.apply("vignette.csv.title"), text.apply("vignette.csv.round"), text.apply("vignette.csv.question"),
                text.apply("vignette.csv.choice"), text.apply("vignette.csv.answers")));
        for (Group group : groups) {
            for (CaseSpread spread : group.cases()) {
                ParsedVignettes.Vignette vignette = set.vignette(spread.vignette()).orElseThrow();
                for (var moment : nl.leerwerkplaats.vignette.entity.RatingMoment.values()) {
                    Distribution distribution = spread.at(moment);
                    List<String> start = List.of(group.label(), vignette.key(), vignette.title(),
                            text.apply("vignette.round." + moment.key()));
                    boolean shown = SpreadPrivacy.shownToStaff(distribution);
                    row(csv, start, text.apply("vignette.csv.total"), "", distribution.total());
                    for (int point = 1; point <= set.scale().size(); point++) {
                        row(csv, start, text.apply("vignette.csv.scale"), set.scale().points().get(point - 1),
                                shown ? distribution.count(point) : null);
                    }
                    for (int option = 1; vignette.firstStep() != null && option <= vignette.firstStep().options().size(); option++) {
                        row(csv, start, text.apply("vignette.csv.firstStep"), vignette.firstStep().options().get(option - 1),
                                shown ? distribution.firstStepCount(option) : null);
                    }
                }
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> start, String question, String choice, Integer answers) {
        List<String> fields = new ArrayList<>(start);
        fields.add(question);
        fields.add(choice);
        fields.add(answers == null ? "" : answers.toString());
        CsvText.record(csv, fields);
    }
}
