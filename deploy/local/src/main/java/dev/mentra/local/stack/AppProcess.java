package dev.mentra.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One application of the stack running as its own JVM, its output in a log file and its pid in a pid file. */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackApp app;
    private final int port;
    private final Path log;
    private final Path pidFile;
    private final Process process;

    private AppProcess(StackApp app, int port, Path log, Path pidFile, Process process) {
        this.app = app;
        this.port = port;
        this.log = log;
        this.pidFile = pidFile;
        this.process = process;
    }

    static AppProcess launch(StackApp app, Path root, int port, Path logDir, Path runDir, Map<String, String> env)
            throws IOException {
        Path jar = app.jar(root);
        if (!Files.isRegularFile(jar)) {
            throw new StackStartException(app.module() + " is not built (" + root.relativize(jar)
                    + " is missing): build it with ./mvnw -Prun, or ./mvnw package -DskipTests");
        }
        Files.createDirectories(logDir);
        Files.createDirectories(runDir);
        Path log = logDir.resolve(app.module() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + app.heapMegabytes() + "m", "-XX:+UseSerialGC",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        Path pidFile = runDir.resolve(app.module() + ".pid");
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new AppProcess(app, port, log, pidFile, process);
    }

    StackApp app() {
        return app;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Whether {@code /q/health/ready} answers UP now. */
    boolean isReady() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the application to shut down (SIGTERM: Quarkus finishes in-flight work), then insists. */
    void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the live process on the next start
        }
    }

    /** The last lines of the log, to explain a failure without sending the person hunting for files. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops an application left running by an earlier launcher that was killed without a chance to clean up,
     * recognised by its pid file and its command line.
     */
    static Optional<Long> stopLeftover(StackApp app, Path root, Path runDir) {
        Path pidFile = runDir.resolve(app.module() + ".pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Files.deleteIfExists(pidFile);
            String jar = app.jar(root).toString();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                    .map(p -> {
                        p.destroy();
                        p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> {
                            p.destroyForcibly();
                            return p;
                        }).join();
                        return pid;
                    });
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
