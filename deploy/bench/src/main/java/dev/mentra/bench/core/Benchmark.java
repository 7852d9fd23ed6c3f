package dev.mentra.bench.core;

/**
 * One benchmark of the suite, run by {@code ./mvnw -Pbench -Dbench=<name>}. Register it in
 * {@code dev.mentra.bench.Benchmarks}.
 *
 * <p>{@link #run} measures, prints its table and writes its result through {@link BenchContext#report}; it throws
 * only when it could not measure at all (a target missed is a figure, not a failure).
 */
public interface Benchmark {

    /** The name {@code -Dbench=} selects, e.g. {@code gateway}. */
    String name();

    /** One line for the list of benchmarks. */
    String description();

    void run(BenchContext context) throws Exception;
}
