package dev.mentra.local.stack;

import dev.mentra.local.net.Ports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the launcher settles before it starts anything: the data directory (wiped first with {@code --fresh}), what a
 * launcher killed with SIGKILL left running (stopped rather than failed on), and that every port it will bind is free.
 */
final class StackPreflight {

    private final StackSettings settings;
    private final PrintStream out;

    StackPreflight(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** The data directory, ready to use, with its secrets. */
    LocalSecrets prepareDataDir() throws IOException {
        Path data = settings.dataDir();
        if (settings.fresh() && Files.exists(data)) {
            stopLeftovers();
            out.println("Wiping " + data);
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(data);
        stopLeftovers();
        return LocalSecrets.in(data.resolve("secrets"));
    }

    /** A launcher killed with SIGKILL could not stop its children: stop them now rather than fail on their ports. */
    private void stopLeftovers() throws IOException {
        for (StackApp app : StackApp.values()) {
            AppProcess.stopLeftover(app, settings.root(), settings.runDir())
                    .ifPresent(pid -> out.println("Stopped " + app.module() + " (pid " + pid + ") left from an earlier run"));
        }
        Path postmasterPid = settings.dataDir().resolve("postgres/postmaster.pid");
        if (Files.isRegularFile(postmasterPid)) {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                out.println("Stopping PostgreSQL (pid " + pid + ") left from an earlier run");
                p.destroy();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    /** @throws StackStartException naming every port taken, and the variable that moves it */
    void checkPortsFree() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (StackApp app : StackApp.values()) {
            wanted.put(app.module() + " (" + app.portVariable() + ")", settings.port(app));
        }
        if (settings.externalPostgres().isEmpty()) {
            wanted.put("PostgreSQL (MENTRA_POSTGRES_PORT)", settings.postgresPort());
        }
        if (settings.externalKafka().isEmpty()) {
            wanted.put("Kafka (MENTRA_KAFKA_PORT)", settings.kafkaPort());
            wanted.put("Kafka controller (MENTRA_KAFKA_CONTROLLER_PORT)", settings.kafkaControllerPort());
        }
        List<String> taken = new ArrayList<>();
        wanted.forEach((who, port) -> {
            if (!Ports.isFree(port)) {
                taken.add("port " + port + " for " + who);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackStartException("already in use: " + String.join(", ", taken)
                    + ". Stop what listens there (ss -ltnp shows it) or set the variable in brackets to another port.");
        }
    }
}
