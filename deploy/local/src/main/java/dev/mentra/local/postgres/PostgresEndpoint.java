package dev.mentra.local.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Where a PostgreSQL server answers and how to log in: the embedded one or an external one alike. */
public record PostgresEndpoint(String host, int port, String user, String password) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database if it does not exist yet; safe to call on every start. */
    public void ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }
}
