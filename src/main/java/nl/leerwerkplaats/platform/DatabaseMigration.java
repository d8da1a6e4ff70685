package nl.leerwerkplaats.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database (other start-up
 * beans depend on this one), and shuts embedded Derby down cleanly on stop so it needs no recovery.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    private String databaseProduct = "unknown";

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            databaseProduct = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable", e);
        }
        // SQL both dialects accept lives in common/; a folder per dialect holds what differs (LOB types).
        String vendor = databaseProduct.startsWith("Apache Derby") ? "derby" : "postgresql";
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database " + databaseProduct + ": " + applied + " migration(s) applied, schema version "
                + flyway.info().current().getVersion());
    }

    public String databaseProduct() {
        return databaseProduct;
    }

    @PreDestroy
    void shutDownDerby() {
        if (!databaseProduct.startsWith("Apache Derby")) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a successful system shutdown as SQLState XJ015.
            if (!"XJ015".equals(e.getSQLState())) {
                LOG.warning("Derby did not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
