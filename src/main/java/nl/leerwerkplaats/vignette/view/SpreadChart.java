package nl.leerwerkplaats.vignette.view;

import java.util.List;

import jakarta.json.JsonArrayBuilder;

import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.vignette.control.CaseSpread;
import nl.leerwerkplaats.vignette.control.Distribution;
import nl.leerwerkplaats.vignette.control.SpreadPrivacy;

/**
 * Chart.js configuration of one case's spread: a bar per scale point, before and after side by side, in percent
 * of each round's answers so rounds of different size compare. A round under the privacy threshold is left out.
 */
final class SpreadChart {

    private static final int LINE = 16;

    private SpreadChart() {
    }

    /** @param labels the scale's points; @param large for the projector: big type, filling the screen */
    static String of(CaseSpread spread, List<String> labels, Messages messages, boolean large) {
        String beforeLabel = messages.get("vignette.round.before") + " (n = " + spread.before().total() + ")";
        String afterLabel = messages.get("vignette.round.after") + " (n = " + spread.after().total() + ")";
        JsonArrayBuilder datasets = Jsonp.array();
        if (SpreadPrivacy.shownToStaff(spread.before())) {
            datasets.add(dataset(spread.before(), beforeLabel, "#8a97a8"));
        }
        if (SpreadPrivacy.shownToStaff(spread.after())) {
            datasets.add(dataset(spread.after(), afterLabel, "#1f5fa6"));
        }
        JsonArrayBuilder axisLabels = Jsonp.array();
        // Chart.js draws an array label as lines: wrapped, the scale's labels stand level instead of slanted.
        labels.forEach(label -> axisLabels.add(lines(label)));
        int fontSize = large ? 22 : 13;
        // Scale labels and case titles come from content: in the page's script they must not be able to end it.
        return Jsonp.forScript(Jsonp.object().add("type", "bar")
                .add("data", Jsonp.object().add("labels", axisLabels).add("datasets", datasets))
                .add("options", Jsonp.object().add("animation", false).add("maintainAspectRatio", !large)
                        .add("scales", Jsonp.object()
                                .add("y", Jsonp.object().add("beginAtZero", true).add("max", 100)
                                        .add("ticks", Jsonp.object().add("font", font(fontSize))))
                                .add("x", Jsonp.object().add("ticks", Jsonp.object().add("font", font(fontSize))
                                        .add("maxRotation", 0).add("autoSkip", false))))
                        .add("plugins", Jsonp.object().add("legend", Jsonp.object()
                                .add("labels", Jsonp.object().add("font", font(fontSize))))))
                .build());
    }

    /** The label in lines of about {@value #LINE} characters, broken between words. */
    static JsonArrayBuilder lines(String label) {
        JsonArrayBuilder lines = Jsonp.array();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString());
    }

    private static JsonArrayBuilder percents(Distribution distribution) {
        JsonArrayBuilder data = Jsonp.array();
        for (int point = 1; point <= distribution.counts().length; point++) {
            data.add(distribution.percent(point));
        }
        return data;
    }

    private static jakarta.json.JsonObjectBuilder dataset(Distribution distribution, String label, String colour) {
        return Jsonp.object().add("label", label).add("data", percents(distribution)).add("backgroundColor", colour);
    }

    private static jakarta.json.JsonObjectBuilder font(int size) {
        return Jsonp.object().add("size", size);
    }
}
