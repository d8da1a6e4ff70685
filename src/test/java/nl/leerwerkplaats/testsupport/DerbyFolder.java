package nl.leerwerkplaats.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform's embedded Derby database opened from the test JVM, once the platform has stopped (Derby allows one
 * process per database): for consistency checks and for reading what was stored, without an endpoint for it.
 */
public final class DerbyFolder implements AutoCloseable {

    private final String url;
    private final Connection connection;

    private DerbyFolder(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Opens {@code DATA_DIR/derby} with the platform's default credentials; it must exist. */
    public static DerbyFolder open(Path dataDir) throws SQLException {
        // derby.log of the test JVM goes under target/, never the working tree.
        System.setProperty("derby.stream.error.file", dataDir.resolveSibling("derby-test-jvm.log").toString());
        String url = "jdbc:derby:" + dataDir.resolve("derby").toAbsolutePath();
        return new DerbyFolder(url, DriverManager.getConnection(url + ";user=lwp;password=lwp"));
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Runs SYSCS_UTIL.SYSCS_CHECK_TABLE over every user table: it checks each table's rows against all of its
     * indexes and constraints and throws on the first inconsistency. Returns the tables checked.
     */
    public List<String> checkAllTables() throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement("select s.schemaname, t.tablename from sys.systables t"
                + " join sys.sysschemas s on t.schemaid = s.schemaid where t.tabletype = 'T'");
             ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                tables.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        List<String> checked = new ArrayList<>();
        try (PreparedStatement check = connection.prepareStatement("values syscs_util.syscs_check_table(?, ?)")) {
            for (String[] table : tables) {
                check.setString(1, table[0]);
                check.setString(2, table[1]);
                try (ResultSet result = check.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new IllegalStateException("SYSCS_CHECK_TABLE failed for " + table[0] + "." + table[1]);
                    }
                }
                checked.add(table[0] + "." + table[1]);
            }
        }
        return checked;
    }

    /** Closes the connection and shuts the database down, so the platform may open it again. */
    @Override
    public void close() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a successful database shutdown as SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
