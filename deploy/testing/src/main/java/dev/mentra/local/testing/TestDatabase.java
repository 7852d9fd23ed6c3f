package dev.mentra.local.testing;

import dev.mentra.local.postgres.PostgresEndpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL on a service's test database: tests assert on the rows a user's action really left behind. */
public final class TestDatabase {

    private final String database;

    private TestDatabase(String database) {
        this.database = database;
    }

    public static TestDatabase of(String database) {
        return new TestDatabase(database);
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single number a query such as {@code SELECT count(*) …} answers. */
    public long count(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        PostgresEndpoint pg = PostgresTestResource.shared().endpoint();
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
    }
}
