package dev.mentra.bench.core;

import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import dev.mentra.local.stack.StackSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The packaged stack, started with the project's own launcher on free ports, its data in the bench data
 * directory (kept between runs, so the saved population stays valid). Stops everything on {@link #close}.
 */
public final class BenchStack implements AutoCloseable {

    private final LocalStack stack;

    private BenchStack(LocalStack stack) {
        this.stack = stack;
    }

    /** Starts PostgreSQL, Kafka and the five applications and returns once all are ready. */
    public static BenchStack start(Path root, Path dataDir, PrintStream out) {
        LocalStack stack = new LocalStack(StackSettings.isolated(root, dataDir), out);
        stack.start();
        return new BenchStack(stack);
    }

    /** The public entry, e.g. {@code http://localhost:41234}. */
    public String gatewayUrl() {
        return stack.url(StackApp.GATEWAY);
    }

    /** A service's own address, behind the gateway (for direct-call baselines). */
    public String url(StackApp app) {
        return stack.url(app);
    }

    public OptionalLong pid(StackApp app) {
        return stack.pid(app);
    }

    /** From the launch of the application until its {@code /q/health/ready} answered UP (all five start together). */
    public Optional<Duration> startTime(StackApp app) {
        return stack.readyAfter(app);
    }

    /** The application's resident memory now ({@code VmRSS} of {@code /proc/<pid>/status}), in kilobytes. */
    public OptionalLong residentKilobytes(StackApp app) {
        OptionalLong pid = pid(app);
        if (pid.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone: no figure
        }
        return OptionalLong.empty();
    }

    /** The launcher itself, for what this class does not offer (stopping one service, Kafka's address). */
    public LocalStack launcher() {
        return stack;
    }

    @Override
    public void close() {
        stack.close();
    }
}
