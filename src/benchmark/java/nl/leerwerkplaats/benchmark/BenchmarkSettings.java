package nl.leerwerkplaats.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The benchmark's settings, from the system properties the Maven profile passes (see pom.xml, benchmark-load). */
record BenchmarkSettings(Path jar, Path basedir, Path dir, int port, int learners, int lecturers, List<Integer> levels,
                         Duration levelSeconds, int accounts, Duration thinkMin, Duration thinkMax,
                         List<String> jvmOptions) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Path.of(required("benchmark.jar")),
                Path.of(required("benchmark.basedir")),
                Path.of(required("benchmark.dir")),
                Integer.parseInt(required("benchmark.port")),
                Integer.parseInt(required("benchmark.learners")),
                Integer.parseInt(required("benchmark.lecturers")),
                Arrays.stream(required("benchmark.levels").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(required("benchmark.levelSeconds"))),
                Integer.parseInt(required("benchmark.accounts")),
                Duration.ofSeconds(Long.parseLong(required("benchmark.thinkTime").split("-")[0].trim())),
                Duration.ofSeconds(Long.parseLong(required("benchmark.thinkTime").split("-")[1].trim())),
                Arrays.stream(required("benchmark.jvmOptions").split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }

    /** Loopback only: the benchmark never sends traffic to another address. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run mvn verify -Pbenchmark-load");
        }
        return value;
    }
}
