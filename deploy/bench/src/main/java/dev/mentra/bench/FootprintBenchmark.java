package dev.mentra.bench;

import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.ConsoleTable;
import dev.mentra.bench.core.Format;
import dev.mentra.local.stack.StackApp;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Each service's start time (launch → ready, all five starting together as the launcher starts them) and its
 * resident memory once the stack has been ready and idle for a while (JVM mode, the launcher's heap limits).
 */
final class FootprintBenchmark implements Benchmark {

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public String description() {
        return "start time and idle RSS of each service (JVM mode)";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        boolean fresh = !context.stackStarted();
        BenchStack stack = context.stack();
        Duration idle = context.options().duration("bench.footprint.idle", Duration.ofSeconds(10));
        context.out().println("Idle for " + idle.toSeconds() + " s before reading memory …");
        Thread.sleep(idle.toMillis());

        BenchResult.Builder result = BenchResult.builder(name())
                .size("idle seconds before RSS", idle.toSeconds())
                .size("JVM", "java -Xms64m -Xmx<heap> -XX:+UseSerialGC -jar quarkus-run.jar (the launcher's)");
        ConsoleTable table = new ConsoleTable("service", "start → ready s", "idle RSS MB", "max heap MB");
        long totalKb = 0;
        Map<String, Object> services = new LinkedHashMap<>();
        for (StackApp app : StackApp.values()) {
            double startSeconds = stack.startTime(app).map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            OptionalLong rss = stack.residentKilobytes(app);
            totalKb += rss.orElse(0);
            double rssMb = rss.isPresent() ? rss.getAsLong() / 1024.0 : Double.NaN;
            table.row(app.module(), Format.number(startSeconds), Format.number(rssMb),
                    Integer.toString(app.heapMegabytes()));
            services.put(app.module(), Map.of("startSeconds", round(startSeconds), "idleRssMegabytes", round(rssMb),
                    "maxHeapMegabytes", app.heapMegabytes()));
        }
        table.row("total", "", Format.number(totalKb / 1024.0), "");
        result.size("services", services);
        if (!fresh) {
            result.note("The stack was started by an earlier benchmark of this run: RSS is after that load, not idle "
                    + "after start (run -Dbench=footprint alone for the idle figure)");
        }
        result.note("Start time: from the launch of all five JVMs together to each /q/health/ready UP, polled every "
                + "0.5 s by the launcher (so ±0.5 s), on a machine shared with PostgreSQL and Kafka");
        context.out().println();
        table.print(context.out());
        context.report(result.build());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
