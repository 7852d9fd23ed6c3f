package dev.mentra.local.stack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One more replica of an application of the running stack ({@link LocalStack#startReplica}): the same packaged jar
 * and environment as the stack's own, on a port of its own, as a second pod would run.
 */
public final class AppReplica implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final AppProcess process;

    AppReplica(AppProcess process) {
        this.process = process;
    }

    public String url() {
        return process.url();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, once it has exited. */
    public int exitCode() {
        return process.exitCode();
    }

    /** SIGTERM, as Kubernetes sends it to a pod it stops; returns at once. */
    public void terminate() {
        process.terminate();
    }

    /** @return whether it exited within {@code timeout} */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.awaitExit(timeout);
    }

    /** Stops it (SIGTERM, then SIGKILL after 30 s) unless it has exited already. */
    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }
}
