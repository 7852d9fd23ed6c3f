package dev.mentra.bench.core;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a benchmark gets to work with: the options, the stack (started on first use and shared by the benchmarks
 * of one run), the saved population, one HTTP client set, and a place to report. Everything it starts is stopped
 * by {@link #close}, also on Ctrl-C (the runner closes it from a shutdown hook).
 */
public final class BenchContext implements AutoCloseable {

    private final BenchOptions options;
    private final Path root;
    private final PrintStream out;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private BenchStack stack;
    private Http http;
    private Population population;
    private boolean closed;

    public BenchContext(BenchOptions options, Path root, PrintStream out) {
        this.options = options;
        this.root = root;
        this.out = out;
    }

    public BenchOptions options() {
        return options;
    }

    public PrintStream out() {
        return out;
    }

    /** The repository's root. */
    public Path root() {
        return root;
    }

    /** {@code deploy/bench/data}: the stack's data and the saved population, kept between runs. */
    public Path dataDir() {
        return root.resolve("deploy/bench/data");
    }

    /** A scratch directory for one benchmark's generated files (nginx config, wrk scripts), under target/. */
    public Path workDir(String benchmark) {
        return root.resolve("deploy/bench/target/work").resolve(benchmark);
    }

    public Path resultsDir() {
        return root.resolve("deploy/bench/results");
    }

    /** The stack, started the first time it is asked for. */
    public synchronized BenchStack stack() {
        if (stack == null) {
            out.println("Starting the stack (data in " + dataDir().resolve("stack") + ") …");
            stack = BenchStack.start(root, dataDir().resolve("stack"), out);
        }
        return stack;
    }

    /** Whether the stack has been started in this run (a benchmark measuring start-up wants to know). */
    public synchronized boolean stackStarted() {
        return stack != null;
    }

    /** HTTP clients for set-up and load; up to 64 connections per source address. */
    public synchronized Http http() {
        if (http == null) {
            http = new Http(64);
        }
        return http;
    }

    /**
     * The saved population, grown to {@code -Dbench.mentees} (default 200) and {@code -Dbench.mentors}
     * (default 5) the first time; {@code -Dbench.addresses} (256) source addresses, {@code -Dbench.signups}
     * (4) sign-ups at once.
     */
    public synchronized Population population() throws Exception {
        if (population == null) {
            population = Population.ensure(http(), stack().gatewayUrl(), dataDir().resolve("population.json"),
                    options.integer("bench.mentees", 200), options.integer("bench.mentors", 5),
                    options.integer("bench.addresses", 256), options.integer("bench.signups", 4), out);
        }
        return population;
    }

    /** Has {@code resource} closed when the run ends, before the stack (nginx, a relay, a load generator). */
    public synchronized <T extends AutoCloseable> T closeAtEnd(T resource) {
        toClose.push(resource);
        return resource;
    }

    /** Prints the result's table, targets and notes, and writes its JSON file. */
    public void report(BenchResult result) throws java.io.IOException {
        out.println();
        out.println("== " + result.benchmark() + " ==");
        result.sizes().forEach((k, v) -> out.println("  " + k + ": " + v));
        if (!result.figures().isEmpty()) {
            ConsoleTable.of(result).print(out);
        }
        if (!result.targets().isEmpty()) {
            ConsoleTable targets = new ConsoleTable("target", "measured", "goal", "met");
            for (Target t : result.targets()) {
                targets.row(t.what(), Format.number(t.value()) + (t.unit().isEmpty() ? "" : " " + t.unit()), t.goal(),
                        t.met() ? "yes" : "NO");
            }
            out.println();
            targets.print(out);
        }
        result.notes().forEach(n -> out.println("  note: " + n));
        Path file = ResultFile.write(result, resultsDir());
        out.println("  result: " + root.relativize(file));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                out.println("Could not stop something the benchmark started: " + e);
            }
        }
        if (http != null) {
            http.close();
        }
        if (stack != null) {
            stack.close();
        }
    }
}
