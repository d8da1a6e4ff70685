package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerwerkplaats.testsupport.LoopbackProxy;
import nl.leerwerkplaats.testsupport.PackagedPlatform;

/**
 * The database goes away and comes back while the packaged platform runs on PostgreSQL: /health says DOWN, pages
 * and the API answer 503 with a short page and nothing of the failure, and the platform recovers by itself. Runs
 * only in the PostgreSQL phase (mvn verify -Ppostgresql, LWP_DB_URL on 127.0.0.1); the outage is a relay between
 * platform and database that the test cuts and restores.
 */
class DatabaseOutagePostgresOnlyIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String UNKNOWN_CODE = "/api/v1/verify/" + "0".repeat(32);

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("database unreachable: /health DOWN, 503 pages and API without details, recovery without restart")
    void outageAndRecovery() throws Exception {
        URI database = URI.create(System.getenv("LWP_DB_URL").substring("jdbc:".length()));
        assertEquals("postgresql", database.getScheme(), "this test runs in the PostgreSQL phase");
        assertTrue(List.of("127.0.0.1", "localhost").contains(database.getHost()), "loopback only: " + database);
        try (LoopbackProxy relay = LoopbackProxy.to(database.getPort());
             PackagedPlatform platform = PackagedPlatform.start(data, data.resolve("platform.log"), Map.of(
                     "LWP_DEMO", "false",
                     "LWP_DB_URL", "jdbc:postgresql://127.0.0.1:" + relay.port() + database.getPath(),
                     "LWP_DB_USER", System.getenv("LWP_DB_USER"),
                     "LWP_DB_PASSWORD", System.getenv("LWP_DB_PASSWORD")))) {
            String base = platform.base();
            assertEquals(404, get(base + UNKNOWN_CODE).statusCode(), "the database answers: unknown code");
            assertTrue(get(base + "/health").body().contains("\"UP\""));

            relay.cut();
            long cutAt = System.nanoTime();
            HttpResponse<String> health = await(platform, base + "/health", r -> r.statusCode() == 503);
            assertTrue(health.body().contains("\"DOWN\""), health.body());
            HttpResponse<String> api = await(platform, base + UNKNOWN_CODE, r -> r.statusCode() == 503);
            assertTrue(api.body().contains("database unavailable"), api.body());
            assertEquals("30", api.headers().firstValue("Retry-After").orElseThrow());
            HttpResponse<String> page = await(platform, base + "/verify/" + "0".repeat(32),
                    r -> r.statusCode() == 503);
            assertTrue(page.body().contains("De database is even niet bereikbaar"), page.body());
            for (HttpResponse<String> answer : List.of(api, page)) {
                for (String leak : List.of("Exception", "SQL", "postgresql", "PSQL", String.valueOf(relay.port()),
                        "at org.", "at nl.", "Payara", "EclipseLink")) {
                    assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
                }
            }
            long downMillis = (System.nanoTime() - cutAt) / 1_000_000;

            relay.restore();
            long restoredAt = System.nanoTime();
            await(platform, base + "/health", r -> r.statusCode() == 200 && r.body().contains("\"UP\""));
            await(platform, base + UNKNOWN_CODE, r -> r.statusCode() == 404);
            long recoveryMillis = (System.nanoTime() - restoredAt) / 1_000_000;
            assertTrue(platform.isAlive(), "the same process, not restarted");
            System.out.printf("Database outage: DOWN and 503s seen %d ms after the cut; health UP and pages back "
                    + "%d ms after the database returned, without restart%n", downMillis, recoveryMillis);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the answer matches, within {@link #LIMIT}; returns the matching answer. */
    private HttpResponse<String> await(PackagedPlatform platform, String url, Predicate<HttpResponse<String>> wanted)
            throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (wanted.test(last)) {
                return last;
            }
            // Between polls, watch the process: a platform that dies during the outage fails here at once.
            assertFalse(platform.exitedWithin(Duration.ofMillis(250)), "the platform stopped; see its log");
        }
        throw new AssertionError("No wanted answer from " + url + " within " + LIMIT + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }
}
