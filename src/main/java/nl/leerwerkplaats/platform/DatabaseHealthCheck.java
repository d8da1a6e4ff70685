package nl.leerwerkplaats.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The database in /health: reachable within two seconds, and which one it is. Any failure to reach it is
 * DOWN, never an exception: the pool may report an outage as a runtime exception. The driver's message, which may
 * name the database's address, goes to the log; /health is public. Readiness only: a database outage is no reason
 * to restart the platform, which recovers by itself when the database returns.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "Health check: database not reachable: " + e);
            return HealthCheckResponse.named("database").down().withData("error", "not reachable").build();
        }
    }
}
