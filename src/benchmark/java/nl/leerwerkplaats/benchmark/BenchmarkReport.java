package nl.leerwerkplaats.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Turns one benchmark run into target/benchmark/results.json and results.txt (also printed): per phase the
 * throughput, journeys and errors, per request type p50/p95/p99, the static baseline, start-up time and
 * resident memory, and the targets of issue #9 met or missed.
 */
public final class BenchmarkReport {

    static final String BASELINE = "static baseline";
    static final String LOGIN = "login";
    static final String MATRIX = "class matrix";
    static final long CLASS_P95_TARGET = 100;
    static final long SATURATION_P95_LIMIT = 500;
    static final double RPS_TARGET = 360;
    static final long RSS_TARGET_MB = 600;

    record Phase(String name, double seconds, List<GatlingStats.Row> rows) {

        long requests() {
            return rows.stream().filter(r -> !r.type().equals(BASELINE)).mapToLong(GatlingStats.Row::total).sum();
        }

        long errors() {
            return rows.stream().mapToLong(GatlingStats.Row::ko).sum();
        }

        double requestsPerSecond() {
            return requests() / seconds;
        }

        long journeys() {
            return rows.stream().filter(r -> r.type().equals("submit")).mapToLong(GatlingStats.Row::ok).sum();
        }

        double journeysPerMinute() {
            return journeys() * 60 / seconds;
        }

        /** The highest p95 of the learner's requests, without or with the login (a deliberately slow hash). */
        long learnerP95(boolean withLogin) {
            return rows.stream().filter(r -> !r.type().equals(BASELINE) && !r.type().equals(MATRIX))
                    .filter(r -> withLogin || !r.type().equals(LOGIN)).mapToLong(GatlingStats.Row::p95).max().orElse(0);
        }

        long p95Of(String type) {
            return rows.stream().filter(r -> r.type().equals(type)).mapToLong(GatlingStats.Row::p95).findFirst().orElse(-1);
        }

        int users() {
            return name.startsWith("sat") ? Integer.parseInt(name.substring(3)) : 0;
        }
    }

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        Path report = GatlingStats.newestReport(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        Properties figures = PlatformFigures.read(dir);
        List<Phase> phases = phases(GatlingStats.read(report), figures);
        String text = BenchmarkText.render(phases, figures, report);
        Files.writeString(dir.resolve("results.txt"), text);
        Files.writeString(dir.resolve("results.json"), BenchmarkJson.render(phases, figures, report));
        System.out.println(text);
    }

    static List<Phase> phases(List<GatlingStats.Row> rows, Properties figures) {
        Map<String, List<GatlingStats.Row>> byPhase = rows.stream()
                .collect(Collectors.groupingBy(GatlingStats.Row::phase, LinkedHashMap::new, Collectors.toList()));
        List<Phase> phases = new ArrayList<>();
        byPhase.forEach((name, phaseRows) -> {
            long start = Long.parseLong(figures.getProperty("phase." + name + ".start", "0"));
            long end = Long.parseLong(figures.getProperty("phase." + name + ".end", "1000"));
            phases.add(new Phase(name, Math.max(1, end - start) / 1000.0, phaseRows));
        });
        phases.sort((a, b) -> Integer.compare(a.users(), b.users()));
        return phases;
    }

    /** The saturation level with the most requests per second while every p95 (login aside) stayed within 500 ms, no errors. */
    static Phase sustained(List<Phase> phases) {
        return phases.stream().filter(p -> p.users() > 0)
                .filter(p -> p.errors() == 0 && p.learnerP95(false) <= SATURATION_P95_LIMIT)
                .max((a, b) -> Double.compare(a.requestsPerSecond(), b.requestsPerSecond())).orElse(null);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
