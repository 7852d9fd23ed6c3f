package dev.mentra.local.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Waits until every application just launched answers {@code /q/health/ready} UP, printing each as it comes; fails
 * at once, with the last lines of its log, when one exits first, and names the first one still waiting when the
 * time is up.
 */
final class StackReadiness {

    /** An application being started. */
    interface Starting {
        String name();

        String url();

        Path log();

        boolean isAlive();

        int exitCode();

        /** Whether its readiness check answers UP now. */
        boolean isReady();

        /** The last lines of its log. */
        String logTail(int lines);
    }

    private static final int LOG_LINES = 25;

    private final Duration timeout;
    private final Duration pollInterval;
    private final PrintStream out;

    StackReadiness(Duration timeout, Duration pollInterval, PrintStream out) {
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.out = out;
    }

    /**
     * Returns once all are ready, having told {@code onReady} how long each took from this call.
     *
     * @throws StackStartException when one exits or the timeout passes first
     */
    <A extends Starting> void await(Collection<A> starting, BiConsumer<A, Duration> onReady) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        List<A> waiting = new ArrayList<>(starting);
        while (!waiting.isEmpty()) {
            for (A app : List.copyOf(waiting)) {
                if (!app.isAlive()) {
                    throw new StackStartException(app.name() + " exited with code " + app.exitCode()
                            + " before it was ready. " + lastLines(app));
                }
                if (app.isReady()) {
                    waiting.remove(app);
                    Duration took = Duration.ofNanos(System.nanoTime() - begin);
                    onReady.accept(app, took);
                    out.printf("  %-16s ready on %s (%.1f s)%n", app.name(), app.url(), took.toNanos() / 1e9);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                A first = waiting.get(0);
                throw new StackStartException(first.name() + " was not ready after " + timeout.toSeconds() + " s. "
                        + lastLines(first));
            }
            sleep(pollInterval);
        }
    }

    static String lastLines(Starting app) {
        return "Last lines of " + app.log() + ":" + System.lineSeparator() + app.logTail(LOG_LINES);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted");
        }
    }
}
