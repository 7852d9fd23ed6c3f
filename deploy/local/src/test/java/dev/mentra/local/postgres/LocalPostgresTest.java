package dev.mentra.local.postgres;

import dev.mentra.local.net.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPostgresTest {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (LocalPostgres pg = LocalPostgres.start(Ports.free(), data)) {
            pg.endpoint().ensureDatabase("keep");
            pg.endpoint().ensureDatabase("keep"); // idempotent: every launcher start calls it
            try (Connection c = connect(pg.endpoint()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v TEXT)");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (LocalPostgres pg = LocalPostgres.start(Ports.free(), data);
             Connection c = connect(pg.endpoint()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    private static Connection connect(PostgresEndpoint pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl("keep"), pg.user(), pg.password());
    }
}
