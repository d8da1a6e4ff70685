package nl.leerwerkplaats.xapi.boundary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends stored statements to the external LRS named by {@code LWP_LRS_ENDPOINT}, in batches, on a timer thread:
 * a learner's request never waits for the LRS. A refused or failed batch is tried again later with growing
 * pauses (15 s doubling to an hour); an LRS that already has a statement (409) counts as delivered.
 */
@Singleton
public class LrsForwarder {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(LrsForwarder.class.getName());

    @Inject
    XapiSettings settings;

    @Inject
    StatementOutbox outbox;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forward() {
        if (settings.statementsUrl().isEmpty()) {
            return;
        }
        for (int round = 0; round < 20; round++) {
            StatementOutbox.Batch batch = outbox.pending(BATCH);
            if (batch.ids().isEmpty() || !send(batch)) {
                return;
            }
        }
    }

    private boolean send(StatementOutbox.Batch batch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.statementsUrl().orElseThrow()))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(batch.json(), StandardCharsets.UTF_8));
        settings.username().ifPresent(user -> request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + settings.password()).getBytes(StandardCharsets.UTF_8))));
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2 || status == 409) {
                outbox.delivered(batch.ids());
                return true;
            }
            LOG.log(Level.WARNING, "The LRS answered {0} to {1} statements; they are tried again later",
                    new Object[] {status, batch.ids().size()});
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The LRS could not be reached ({0}); statements are tried again later",
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.refused(batch.ids());
        return false;
    }
}
