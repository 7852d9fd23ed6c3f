package dev.mentra.local.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order the stack stops in: every application is asked at once (SIGTERM, as Kubernetes does: each drains in
 * parallel), each is waited for (bounded; one that outlives its grace is killed), and only when all have exited do
 * the parts they use stop, one after the other: the broker, then the database. Stopping PostgreSQL while a service
 * still drains would fail its last requests and its last outbox pass.
 */
final class StackShutdown {

    /** An application running in a process of its own. */
    interface Application {
        String name();

        /** Asks it to stop (SIGTERM); returns at once. */
        void terminate();

        /** @return whether it exited within {@code timeout} */
        boolean awaitExit(Duration timeout) throws InterruptedException;

        /** Ends it now (SIGKILL) and waits briefly for it to go. */
        void kill();
    }

    /** A part the applications use, stopped after them. */
    interface Part {
        void stop() throws Exception;
    }

    private record Step(String name, Part part) {
    }

    private final Duration grace;
    private final PrintStream out;
    private final List<Step> after = new ArrayList<>();

    StackShutdown(Duration grace, PrintStream out) {
        this.grace = grace;
        this.out = out;
    }

    /** Stops {@code part} once the applications (and the parts added before it) have stopped. */
    StackShutdown then(String name, Part part) {
        after.add(new Step(name, part));
        return this;
    }

    void run(Collection<? extends Application> applications) {
        applications.forEach(Application::terminate);
        long deadline = System.nanoTime() + grace.toNanos();
        for (Application app : applications) {
            try {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (!app.awaitExit(left)) {
                    out.println(app.name() + " did not stop within " + grace.toSeconds() + " s; killed");
                    app.kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                app.kill();
            }
        }
        for (Step step : after) {
            try {
                step.part().stop();
            } catch (Exception e) {
                out.println(step.name() + " stop: " + e.getMessage());
            }
        }
    }
}
