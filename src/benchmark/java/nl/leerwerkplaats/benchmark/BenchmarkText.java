package nl.leerwerkplaats.benchmark;

import static nl.leerwerkplaats.benchmark.BenchmarkReport.number;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The benchmark's results as a plain-text table, for the console, the README and the closing note. */
final class BenchmarkText {

    private BenchmarkText() {
    }

    static String render(List<BenchmarkReport.Phase> phases, Properties figures, Path report) {
        StringBuilder out = new StringBuilder();
        long peakMb = Long.parseLong(figures.getProperty("peakRssKb")) / 1024;
        out.append("Leerwerkplaats load benchmark, ").append(figures.getProperty("measuredAt")).append('\n')
                .append("Machine: ").append(figures.getProperty("cpus")).append(" × ").append(figures.getProperty("cpuModel"))
                .append(", ").append(figures.getProperty("memoryTotal")).append(", Java ")
                .append(figures.getProperty("javaVersion")).append("; platform started with java ")
                .append(figures.getProperty("platformJvmOptions")).append(" -jar, embedded Derby, demo mode\n")
                .append("Load generator (Gatling) on the same machine. Gatling report: ").append(report).append("\n\n")
                .append("Time from start to first page: ").append(number(Long.parseLong(figures.getProperty("firstPageMillis")) / 1000.0))
                .append(" s\nResident memory of the platform: peak ").append(peakMb).append(" MB, at the end ")
                .append(Long.parseLong(figures.getProperty("rssAtEndKb")) / 1024).append(" MB (target < ")
                .append(BenchmarkReport.RSS_TARGET_MB).append(" MB: ").append(verdict(peakMb < BenchmarkReport.RSS_TARGET_MB))
                .append(")\n");
        for (BenchmarkReport.Phase phase : phases) {
            out.append('\n').append(title(phase, figures)).append('\n');
            out.append(String.format(Locale.ROOT, "  %-18s %8s %6s %7s %7s %7s %7s%n", "request", "count", "errors",
                    "p50 ms", "p95 ms", "p99 ms", "max ms"));
            for (GatlingStats.Row row : phase.rows()) {
                out.append(String.format(Locale.ROOT, "  %-18s %8d %6d %7d %7d %7d %7d%n", row.type(), row.total(),
                        row.ko(), row.p50(), row.p95(), row.p99(), row.max()));
            }
        }
        out.append('\n').append(targets(phases));
        return out.toString();
    }

    private static String title(BenchmarkReport.Phase phase, Properties figures) {
        String who = phase.users() == 0
                ? figures.getProperty("learners") + " learners (think time " + figures.getProperty("thinkTime") + ") and "
                        + figures.getProperty("lecturers") + " lecturers"
                : phase.users() + " learners at a time, no think time";
        return String.format(Locale.ROOT, "Phase %s: %s; %s s, %d requests, %s req/s, %d journeys (%s per minute), %d errors",
                phase.name(), who, number(phase.seconds()), phase.requests(), number(phase.requestsPerSecond()),
                phase.journeys(), number(phase.journeysPerMinute()), phase.errors());
    }

    private static String targets(List<BenchmarkReport.Phase> phases) {
        StringBuilder out = new StringBuilder("Targets\n");
        phases.stream().filter(p -> p.users() == 0).findFirst().ifPresent(c -> out.append(String.format(Locale.ROOT,
                "  class load, every learner request p95 < %d ms, zero errors: highest p95 %d ms without login, "
                        + "%d ms with login; %d errors: %s%n", BenchmarkReport.CLASS_P95_TARGET, c.learnerP95(false),
                c.learnerP95(true), c.errors(), verdict(c.learnerP95(true) < BenchmarkReport.CLASS_P95_TARGET && c.errors() == 0))));
        BenchmarkReport.Phase sustained = BenchmarkReport.sustained(phases);
        out.append(String.format(Locale.ROOT, "  sustained throughput >= %s req/s (p95 within %d ms, no errors): %s%n",
                number(BenchmarkReport.RPS_TARGET), BenchmarkReport.SATURATION_P95_LIMIT, sustained == null ? "none sustained"
                        : number(sustained.requestsPerSecond()) + " req/s and " + number(sustained.journeysPerMinute())
                        + " journeys per minute at " + sustained.users() + " users: "
                        + verdict(sustained.requestsPerSecond() >= BenchmarkReport.RPS_TARGET)));
        phases.stream().filter(p -> p.users() == 50).findFirst().ifPresent(p -> out.append(String.format(Locale.ROOT,
                "  50 users without think time, p95 < %d ms: highest p95 %d ms without login, %d ms with login: %s%n",
                BenchmarkReport.CLASS_P95_TARGET, p.learnerP95(false), p.learnerP95(true),
                verdict(p.learnerP95(true) < BenchmarkReport.CLASS_P95_TARGET))));
        return out.toString();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
