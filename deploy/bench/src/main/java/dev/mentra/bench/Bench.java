package dev.mentra.bench;

import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchOptions;
import dev.mentra.bench.core.Benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the benchmarks {@code -Dbench=} names ({@code all}, one name, or several separated by commas), each
 * against the stack this run starts, and stops everything at the end, on failure and on Ctrl-C.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options = BenchOptions.fromEnvironment();
        Path root = Path.of(System.getProperty("mentra.root", ".")).toAbsolutePath().normalize();
        List<Benchmark> chosen;
        try {
            chosen = choose(options.string("bench", "all"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        BenchContext context = new BenchContext(options, root, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "bench-stop"));
        int failed = 0;
        try {
            for (Benchmark benchmark : chosen) {
                System.out.println();
                System.out.println("### " + benchmark.name() + ": " + benchmark.description());
                try {
                    benchmark.run(context);
                } catch (Exception e) {
                    failed++;
                    System.out.println("### " + benchmark.name() + " could not be measured: " + e);
                    e.printStackTrace(System.out);
                }
            }
        } finally {
            context.close();
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    static List<Benchmark> choose(String names) {
        List<Benchmark> all = Benchmarks.all();
        if (names.equals("all")) {
            return all;
        }
        List<String> wanted = List.of(names.split(","));
        List<Benchmark> chosen = all.stream().filter(b -> wanted.contains(b.name())).toList();
        if (chosen.size() != wanted.size()) {
            throw new IllegalArgumentException("Unknown benchmark in -Dbench=" + names + "; known: all, "
                    + String.join(", ", all.stream().map(Benchmark::name).toList()));
        }
        return chosen;
    }
}
