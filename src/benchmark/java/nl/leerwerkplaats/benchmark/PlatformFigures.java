package nl.leerwerkplaats.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/** What the simulation measured outside Gatling, for the report: start-up, memory, phase times, the machine. */
final class PlatformFigures {

    static final String FILE = "platform.properties";

    private PlatformFigures() {
    }

    static void write(BenchmarkSettings settings, PlatformProcess platform, Map<String, PhaseClock.Span> spans)
            throws IOException {
        Properties figures = new Properties();
        figures.setProperty("measuredAt", Instant.now().toString());
        figures.setProperty("firstPageMillis", String.valueOf(platform.firstPageMillis()));
        figures.setProperty("peakRssKb", String.valueOf(platform.peakRssKb()));
        figures.setProperty("rssAtEndKb", String.valueOf(platform.rssKb()));
        figures.setProperty("learners", String.valueOf(settings.learners()));
        figures.setProperty("lecturers", String.valueOf(settings.lecturers()));
        figures.setProperty("thinkTime", settings.thinkMin().toSeconds() + "-" + settings.thinkMax().toSeconds() + " s");
        figures.setProperty("platformJvmOptions", String.join(" ", settings.jvmOptions()));
        figures.setProperty("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        figures.setProperty("cpuModel", cpuModel());
        figures.setProperty("memoryTotal", memTotal());
        figures.setProperty("javaVersion", System.getProperty("java.version"));
        spans.forEach((phase, span) -> {
            figures.setProperty("phase." + phase + ".start", String.valueOf(span.startMillis()));
            figures.setProperty("phase." + phase + ".end", String.valueOf(span.endMillis()));
        });
        try (Writer out = Files.newBufferedWriter(settings.dir().resolve(FILE))) {
            figures.store(out, "Leerwerkplaats load benchmark: figures measured beside Gatling");
        }
    }

    static Properties read(Path dir) throws IOException {
        Properties figures = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE))) {
            figures.load(in);
        }
        return figures;
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name");
    }

    private static String memTotal() {
        return procLine("/proc/meminfo", "MemTotal");
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
