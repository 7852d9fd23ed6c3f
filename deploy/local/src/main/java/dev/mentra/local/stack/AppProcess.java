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
final class AppProcess implements StackShutdown.Application, StackReadiness.Starting {

    /** util-linux; without it (not Linux) an application also hears the terminal's Ctrl-C itself. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackApp app;
    private final String name;
    private final int port;
    private final Path log;
    private final Path pidFile;
    private final Process process;

    private AppProcess(StackApp app, String name, int port, Path log, Path pidFile, Process process) {
        this.app = app;
        this.name = name;
        this.port = port;
        this.log = log;
        this.pidFile = pidFile;
        this.process = process;
    }

    static AppProcess launch(StackApp app, Path root, int port, Path logDir, Path runDir, Map<String, String> env)
            throws IOException {
        return launch(app, app.module(), root, port, logDir, runDir, env);
    }

    /** @param name the log's and pid file's name: the module's, or a replica's of its own */
    static AppProcess launch(StackApp app, String name, Path root, int port, Path logDir, Path runDir,
                             Map<String, String> env) throws IOException {
        Path jar = app.jar(root);
        if (!Files.isRegularFile(jar)) {
            throw new StackStartException(app.module() + " is not built (" + root.relativize(jar)
                    + " is missing): build it with ./mvnw -Prun, or ./mvnw package -DskipTests");
        }
        Files.createDirectories(logDir);
        Files.createDirectories(runDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // a session of its own: Ctrl-C in the terminal reaches the launcher only, which stops the applications
            // (SIGTERM, as Kubernetes does) before the broker and the database (StackShutdown)
            command.add(SETSID.toString());
        }
        command.addAll(List.of(
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
        Path pidFile = runDir.resolve(name + ".pid");
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new AppProcess(app, name, port, log, pidFile, process);
    }

    @Override
    public String name() {
        return name;
    }

    StackApp app() {
        return app;
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public int exitCode() {
        return process.exitValue();
    }

    /** Whether {@code /q/health/ready} answers UP now. */
    @Override
    public boolean isReady() {
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

    /** Asks the application to shut down (SIGTERM: Quarkus drains, see deploy/platform), then insists. */
    void stop(Duration grace) {
        terminate();
        try {
            if (!awaitExit(grace)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void terminate() {
        process.destroy();
    }

    @Override
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (exited) {
            forgetPid();
        }
        return exited;
    }

    @Override
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forgetPid();
    }

    private void forgetPid() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the live process on the next start
        }
    }

    /** The last lines of the log, to explain a failure without sending the person hunting for files. */
    @Override
    public String logTail(int lines) {
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
