package nl.leerwerkplaats.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the platform. Every attribute comes from {@link DatabaseConfigSource}, so the
 * same WAR runs on embedded Derby (default) or PostgreSQL (LWP_DB_URL). Properties a driver does not know
 * (createDatabase on PostgreSQL, portNumber on Derby) are ignored by Payara.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceDefinitionHolder.JNDI_NAME,
        className = "${MPCONFIG=lwp.datasource.class-name}",
        serverName = "${MPCONFIG=lwp.datasource.server-name}",
        databaseName = "${MPCONFIG=lwp.datasource.database-name}",
        user = "${MPCONFIG=lwp.datasource.user}",
        password = "${MPCONFIG=lwp.datasource.password}",
        initialPoolSize = 1,
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                "portNumber=${MPCONFIG=lwp.datasource.port-number}",
                "createDatabase=create",
                // Every connection of the pool is alike: matching them (Payara's default for application data
                // sources) made threads queue on a shared lock under load (the load benchmark).
                "fish.payara.match-connections=false",
                // A database that went away and came back (PostgreSQL restarted, network cut) leaves dead
                // connections in the pool: check a connection with isValid() before handing it out (at most every
                // 2 s), and on a failed check drop them all, so the platform recovers without a restart.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true"
        })
public class DataSourceDefinitionHolder {
    public static final String JNDI_NAME = "java:app/jdbc/leerwerkplaats";
}
