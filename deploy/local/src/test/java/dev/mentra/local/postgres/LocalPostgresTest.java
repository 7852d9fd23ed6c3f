package dev.mentra.local.postgres;

import dev.mentra.local.net.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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

    @Test
    void aClusterGetsAPasswordOfItsOwnKeptAcrossRestartsAndRequiredOverTcp(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        String password;
        try (LocalPostgres pg = LocalPostgres.start(Ports.free(), data)) {
            password = pg.endpoint().password();
            assertThat(password).isNotEqualTo("postgres").hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.getPosixFilePermissions(data.resolve(LocalPostgres.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (Connection c = DriverManager.getConnection(pg.endpoint().jdbcUrl("postgres"), "postgres", password)) {
                assertThat(c.isValid(2)).isTrue();
            }
            // the server reloads its access rules asynchronously: give it a moment
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertRefused(pg, "postgres"));
        }
        try (LocalPostgres pg = LocalPostgres.start(Ports.free(), data)) {
            assertThat(pg.endpoint().password()).isEqualTo(password);
            assertRefused(pg, "postgres");
            assertRefused(pg, "");
            try (Connection c = DriverManager.getConnection(pg.endpoint().jdbcUrl("postgres"), "postgres", password)) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    private static void assertRefused(LocalPostgres pg, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(pg.endpoint().jdbcUrl("postgres"), "postgres", password)
                .close())
                .isInstanceOf(SQLException.class);
    }

    private static Connection connect(PostgresEndpoint pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl("keep"), pg.user(), pg.password());
    }
}
