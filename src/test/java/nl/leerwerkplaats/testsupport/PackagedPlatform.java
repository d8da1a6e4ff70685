package nl.leerwerkplaats.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bundle {@code target/leerwerkplaats.jar} as its own process, as an operator runs it: java with the
 * run profile's heap and collector, demo mode, embedded Derby in the given data folder, the shipped course content
 * and a free port on 127.0.0.1. For tests that must stop, kill and restart the real platform.
 */
public final class PackagedPlatform implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final long startMillis;

    private PackagedPlatform(Process process, int port, long startMillis) {
        this.process = process;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** Starts the bundle on a free loopback port and returns once its login page answers 200. */
    public static PackagedPlatform start(Path dataDir, Path log) throws IOException, InterruptedException {
        return start(dataDir, log, Map.of());
    }

    /**
     * As {@link #start(Path, Path)}, in demo mode on embedded Derby unless {@code settings} says otherwise
     * (environment variables, such as LWP_DB_URL and LWP_DEMO=false for PostgreSQL).
     */
    public static PackagedPlatform start(Path dataDir, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path jar = basedir.resolve("target/leerwerkplaats.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": run after mvn package");
        }
        Files.createDirectories(dataDir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+UseSerialGC", "-jar", jar.toString(), "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LWP_DEMO", "true");
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("LWP_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("LWP_CONTENT_DIR", basedir.resolve("modules-content").toString());
        builder.environment().put("LWP_BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().remove("LWP_DB_URL");
        builder.environment().remove("LWP_SMTP_HOST");
        builder.environment().remove("LWP_LRS_ENDPOINT");
        builder.environment().putAll(settings);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            awaitLoginPage(process, "http://127.0.0.1:" + port + "/login", log);
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
        return new PackagedPlatform(process, port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Milliseconds from starting the process to the first 200 of the login page. */
    public long startMillis() {
        return startMillis;
    }

    /** Whether the process ended within {@code time}; waits that long while it runs. */
    public boolean exitedWithin(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL: on Linux {@link Process#destroyForcibly()} sends signal 9, which the JVM cannot catch, so no
     * shutdown hook, no Derby shutdown and no buffered write gets a chance. Returns the exit code (137 = 128 + 9).
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM, as an operator's Ctrl+C or service manager stops it: the platform shuts Derby down cleanly. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The platform did not stop within 90 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitLoginPage(Process process, String url, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: poll again.
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("No login page within " + START_LIMIT + ": " + url + "; see " + log);
    }
}
