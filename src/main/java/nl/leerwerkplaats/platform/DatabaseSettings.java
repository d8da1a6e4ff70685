package nl.leerwerkplaats.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which database the platform uses, derived from LWP_DB_URL and LWP_DATA_DIR alone.
 * No URL: embedded Derby in the data directory. A {@code jdbc:derby:} URL (tests use
 * {@code jdbc:derby:memory:NAME}) or a {@code jdbc:postgresql://host:port/db} URL otherwise.
 */
public record DatabaseSettings(Vendor vendor, String dataSourceClass, String serverName, int port,
                               String databaseName, String user, String password, Path dataDir) {

    public enum Vendor { DERBY, POSTGRESQL }

    public static final String DEFAULT_DATA_DIR = "./data";

    private static final Pattern POSTGRESQL_URL =
            Pattern.compile("jdbc:postgresql://([A-Za-z0-9._-]+)(?::(\\d{1,5}))?/([^/?;\\s]+)(?:\\?.*)?");

    /** @param lookup reads a configuration key such as {@code lwp.db.url}; empty when unset or blank */
    public static DatabaseSettings from(Function<String, Optional<String>> lookup) {
        Path dataDir = Path.of(lookup.apply("lwp.data.dir").orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        Optional<String> url = lookup.apply("lwp.db.url");
        String user = lookup.apply("lwp.db.user").orElse("lwp");
        String password = lookup.apply("lwp.db.password").orElse("lwp");
        if (url.isEmpty()) {
            return derby(dataDir.resolve("derby").toString(), user, password, dataDir);
        }
        String jdbc = url.get().trim();
        if (jdbc.startsWith("jdbc:derby:")) {
            String name = jdbc.substring("jdbc:derby:".length());
            int attributes = name.indexOf(';');
            String database = attributes < 0 ? name : name.substring(0, attributes);
            if (database.isBlank()) {
                throw new IllegalArgumentException("LWP_DB_URL names no Derby database: " + jdbc);
            }
            return derby(database, user, password, dataDir);
        }
        if (jdbc.startsWith("jdbc:postgresql:")) {
            // Parsed by hand: java.net.URI rejects host names such as "lwp_db" that the driver accepts.
            Matcher parts = POSTGRESQL_URL.matcher(jdbc);
            if (!parts.matches()) {
                throw new IllegalArgumentException(
                        "LWP_DB_URL must look like jdbc:postgresql://host:5432/database, was: " + jdbc);
            }
            int port = parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2));
            return new DatabaseSettings(Vendor.POSTGRESQL, "org.postgresql.ds.PGSimpleDataSource", parts.group(1),
                    port, parts.group(3), user, password, dataDir);
        }
        throw new IllegalArgumentException("LWP_DB_URL must start with jdbc:postgresql: or jdbc:derby:, was: " + jdbc);
    }

    private static DatabaseSettings derby(String databaseName, String user, String password, Path dataDir) {
        return new DatabaseSettings(Vendor.DERBY, "org.apache.derby.jdbc.EmbeddedDataSource", "localhost", 0,
                databaseName, user, password, dataDir);
    }

    public boolean isPostgreSql() {
        return vendor == Vendor.POSTGRESQL;
    }

    /** What the start-up log and the health check say about the database, without credentials. */
    public String describe() {
        return vendor == Vendor.POSTGRESQL
                ? "PostgreSQL " + serverName + ":" + port + "/" + databaseName
                : "embedded Derby " + databaseName;
    }
}
