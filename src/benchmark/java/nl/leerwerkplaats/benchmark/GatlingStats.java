package nl.leerwerkplaats.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gatling's own figures per request name, read from the statistics table of its HTML report (Gatling 3.15
 * writes no JSON statistics any more). Times in milliseconds, as Gatling computes them.
 */
final class GatlingStats {

    record Row(String name, long total, long ok, long ko, long min, long p50, long p75, long p95, long p99, long max,
               long mean) {

        /** The phase prefix of the request name ("class", "sat050"). */
        String phase() {
            return name.substring(0, name.indexOf(' '));
        }

        /** The request type without its phase ("autosave"). */
        String type() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"req_[^\"]*\"[^>]*>.*?class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private GatlingStats() {
    }

    /** The newest report folder under Gatling's results folder. */
    static Path newestReport(Path resultsFolder) throws IOException {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + resultsFolder));
        }
    }

    static List<Row> read(Path report) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            long[] value = new long[15];
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                int column = Integer.parseInt(cell.group(1));
                value[column] = number(cell.group(2));
            }
            rows.add(new Row(row.group(1).replace("&amp;", "&").trim(), value[2], value[3], value[4], value[7],
                    value[8], value[9], value[10], value[11], value[12], value[13]));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("No request statistics in " + report.resolve("index.html"));
        }
        return rows;
    }

    private static long number(String cell) {
        String digits = cell.replace(",", "").trim();
        if (digits.isEmpty() || digits.equals("-")) {
            return 0;
        }
        return Math.round(Double.parseDouble(digits));
    }
}
