package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the launcher settles before it starts anything. */
class StackPreflightTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aTakenPortIsNamedWithTheVariableThatMovesIt(@TempDir Path data) throws Exception {
        StackSettings settings = StackSettings.isolated(Path.of("/repo"), data);
        try (ServerSocket taken = new ServerSocket(settings.port(StackApp.BOOKING), 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> new StackPreflight(settings, new PrintStream(printed)).checkPortsFree())
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " for booking-service (BOOKING_SERVICE_PORT)");
        }
        new StackPreflight(settings, new PrintStream(printed)).checkPortsFree();
    }

    @Test
    void freshWipesTheDataDirectoryAndItsSecretsOtherwiseTheyAreKept(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        StackSettings kept = StackSettings.fromEnvironment(root, java.util.Map.of("MENTRA_DATA_DIR", data.toString()), false);
        String key = new StackPreflight(kept, new PrintStream(printed)).prepareDataDir().keyEncryptionKey();
        Files.writeString(data.resolve("earlier-run.txt"), "x");

        assertThat(new StackPreflight(kept, new PrintStream(printed)).prepareDataDir().keyEncryptionKey()).isEqualTo(key);
        assertThat(data.resolve("earlier-run.txt")).exists();

        StackSettings fresh = StackSettings.fromEnvironment(root, java.util.Map.of("MENTRA_DATA_DIR", data.toString()), true);
        assertThat(new StackPreflight(fresh, new PrintStream(printed)).prepareDataDir().keyEncryptionKey()).isNotEqualTo(key);
        assertThat(data.resolve("earlier-run.txt")).doesNotExist();
        assertThat(printed.toString()).contains("Wiping " + data);
    }
}
