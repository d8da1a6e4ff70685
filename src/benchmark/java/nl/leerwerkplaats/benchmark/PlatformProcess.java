package nl.leerwerkplaats.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The packaged platform as its own process, started as mvn -Prun starts it (java with the same options and
 * MALLOC_ARENA_MAX, -jar, demo mode, embedded Derby in a fresh data folder, modules-content/), with the time
 * to its first page and its resident memory.
 */
final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final long firstPageMillis;
    private final AtomicLong peakRssKb = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    private PlatformProcess(Process process, long firstPageMillis) {
        this.process = process;
        this.firstPageMillis = firstPageMillis;
        sampler.scheduleAtFixedRate(() -> peakRssKb.accumulateAndGet(rssKb(), Math::max), 0, 1, TimeUnit.SECONDS);
    }

    static PlatformProcess start(Path jar, Path basedir, Path workDir, int port, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path data = workDir.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(basedir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("platform.log").toFile());
        builder.environment().put("LWP_DEMO", "true");
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("LWP_DATA_DIR", data.toString());
        builder.environment().put("LWP_BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().remove("LWP_DB_URL");
        long started = System.nanoTime();
        Process process = builder.start();
        long firstPage = awaitFirstPage(process, "http://127.0.0.1:" + port + "/login", started);
        return new PlatformProcess(process, firstPage);
    }

    /** Milliseconds from starting the process to the first 200 of the login page. */
    long firstPageMillis() {
        return firstPageMillis;
    }

    long peakRssKb() {
        return Math.max(peakRssKb.get(), rssKb());
    }

    /** VmRSS of the platform process from /proc (Linux), in kB; 0 where /proc is not there. */
    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static long awaitFirstPage(Process process, String url, long started) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped while starting; see target/benchmark/platform.log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // Not listening yet: poll again.
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("No first page within 5 minutes: " + url);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
