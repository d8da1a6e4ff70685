package nl.leerwerkplaats.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Content in /health: modules loaded, error count and the first errors. Content errors leave the check UP:
 * the valid modules are served, and bad content must not take an instance out of a load balancer.
 */
@Readiness
@ApplicationScoped
public class ContentHealthCheck implements HealthCheck {

    static final int ERRORS_SHOWN = 20;

    @Inject
    ContentStatus status;

    @Override
    public HealthCheckResponse call() {
        ContentStatus.Snapshot snapshot = status.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content")
                .status(snapshot.loadedAt() != null)
                .withData("folder", String.valueOf(snapshot.folder()))
                .withData("modules", snapshot.modules().size())
                .withData("errors", snapshot.errors().size());
        for (int i = 0; i < Math.min(ERRORS_SHOWN, snapshot.errors().size()); i++) {
            response.withData("error." + (i + 1), snapshot.errors().get(i).toString());
        }
        return response.build();
    }
}
