package dev.mentra.bench.faults;

import dev.mentra.local.postgres.PostgresEndpoint;
import dev.mentra.local.stack.StackApp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the services' outboxes hold and whether their relays listen for commits, read from PostgreSQL itself (the
 * services publish only counters of what left, not what waits): pending = rows of {@code mentra_outbox} not yet
 * published; listening = the database has a session whose last statement was {@code LISTEN} (the relay's wake-up
 * connection, deploy/platform {@code OutboxWakeUp}).
 */
final class OutboxBacklog {

    private final PostgresEndpoint database;

    OutboxBacklog(PostgresEndpoint database) {
        this.database = database;
    }

    /** The services' databases. */
    static List<String> databases() {
        List<String> names = new ArrayList<>();
        for (StackApp app : StackApp.values()) {
            app.database().ifPresent(names::add);
        }
        return names;
    }

    /** Unpublished outbox rows per service database; -1 where the database does not answer. */
    Map<String, Long> pending() {
        return perDatabase("SELECT count(*) FROM mentra_outbox WHERE published_at IS NULL");
    }

    private Map<String, Long> perDatabase(String countQuery) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : databases()) {
            try (Connection c = connect(name); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(countQuery)) {
                rs.next();
                counts.put(name, rs.getLong(1));
            } catch (SQLException e) {
                counts.put(name, -1L);
            }
        }
        return counts;
    }

    /** Pending rows over all services, or -1 if a database did not answer. */
    long totalPending() {
        long total = 0;
        for (long n : pending().values()) {
            if (n < 0) {
                return -1;
            }
            total += n;
        }
        return total;
    }

    /** The newest outbox row of each service database now (0 if none): a mark for {@link #pendingUpTo}. */
    Map<String, Long> newestRows() {
        return perDatabase("SELECT coalesce(max(id), 0) FROM mentra_outbox");
    }

    /**
     * Rows up to the mark still unpublished, over all services (-1 if a database did not answer): under steady load
     * the outbox is rarely empty at the moment it is read, but everything written before a mark must leave.
     */
    long pendingUpTo(Map<String, Long> mark) {
        long total = 0;
        for (Map.Entry<String, Long> db : mark.entrySet()) {
            try (Connection c = connect(db.getKey()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM mentra_outbox WHERE published_at IS NULL AND id <= "
                         + db.getValue())) {
                rs.next();
                total += rs.getLong(1);
            } catch (SQLException e) {
                return -1;
            }
        }
        return total;
    }

    /** The service databases in which some session's last statement was a LISTEN (the relay's wake-up connection). */
    List<String> listening() {
        List<String> listening = new ArrayList<>();
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT datname FROM pg_stat_activity "
                     + "WHERE query ILIKE 'LISTEN%' AND datname IS NOT NULL")) {
            while (rs.next()) {
                listening.add(rs.getString(1));
            }
        } catch (SQLException e) {
            // the server is away: nobody listens
        }
        listening.retainAll(databases());
        return listening;
    }

    boolean allListening() {
        return listening().containsAll(databases());
    }

    private Connection connect(String name) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", database.user());
        props.setProperty("password", database.password());
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "5");
        return DriverManager.getConnection(database.jdbcUrl(name), props);
    }
}
