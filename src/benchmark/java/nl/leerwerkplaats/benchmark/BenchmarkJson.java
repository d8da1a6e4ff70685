package nl.leerwerkplaats.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/** The benchmark's results as JSON (target/benchmark/results.json), for tools that compare runs. */
final class BenchmarkJson {

    private BenchmarkJson() {
    }

    static String render(List<BenchmarkReport.Phase> phases, Properties figures, Path report) {
        BenchmarkReport.Phase sustained = BenchmarkReport.sustained(phases);
        return "{\n"
                + field("measuredAt", figures.getProperty("measuredAt")) + ",\n"
                + "  \"machine\": {" + field("cpus", Integer.parseInt(figures.getProperty("cpus"))) + ", "
                + field("cpuModel", figures.getProperty("cpuModel")) + ", " + field("memory", figures.getProperty("memoryTotal"))
                + ", " + field("java", figures.getProperty("javaVersion")) + "},\n"
                + field("platformJvmOptions", figures.getProperty("platformJvmOptions")) + ",\n"
                + field("gatlingReport", report.toString()) + ",\n"
                + field("firstPageMillis", Long.parseLong(figures.getProperty("firstPageMillis"))) + ",\n"
                + field("peakRssMb", Long.parseLong(figures.getProperty("peakRssKb")) / 1024) + ",\n"
                + field("rssAtEndMb", Long.parseLong(figures.getProperty("rssAtEndKb")) / 1024) + ",\n"
                + "  \"sustained\": " + (sustained == null ? "null" : "{" + field("users", sustained.users()) + ", "
                        + field("requestsPerSecond", round(sustained.requestsPerSecond())) + ", "
                        + field("journeysPerMinute", round(sustained.journeysPerMinute())) + "}") + ",\n"
                + "  \"phases\": [\n" + phases.stream().map(BenchmarkJson::phase).collect(Collectors.joining(",\n"))
                + "\n  ]\n}\n";
    }

    private static String phase(BenchmarkReport.Phase phase) {
        return "    {" + field("name", phase.name()) + ", " + field("users", phase.users()) + ", "
                + field("seconds", round(phase.seconds())) + ", " + field("requests", phase.requests()) + ", "
                + field("requestsPerSecond", round(phase.requestsPerSecond())) + ", "
                + field("journeys", phase.journeys()) + ", " + field("journeysPerMinute", round(phase.journeysPerMinute()))
                + ", " + field("errors", phase.errors()) + ",\n      \"requestTypes\": [\n"
                + phase.rows().stream().map(r -> "        {" + field("type", r.type()) + ", " + field("count", r.total())
                        + ", " + field("errors", r.ko()) + ", " + field("p50", r.p50()) + ", " + field("p75", r.p75())
                        + ", " + field("p95", r.p95()) + ", " + field("p99", r.p99()) + ", " + field("max", r.max())
                        + ", " + field("mean", r.mean()) + "}").collect(Collectors.joining(",\n"))
                + "\n      ]}";
    }

    private static String field(String name, String value) {
        return "\"" + name + "\": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String field(String name, long value) {
        return "\"" + name + "\": " + value;
    }

    private static String field(String name, double value) {
        return "\"" + name + "\": " + String.format(Locale.ROOT, "%s", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
