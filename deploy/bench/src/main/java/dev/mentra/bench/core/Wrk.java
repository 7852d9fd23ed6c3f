package dev.mentra.bench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code wrk} (4.1), a fixed-concurrency HTTP load generator that measures latency itself. A Lua script
 * shapes the requests; {@link #REPORT} is appended to it so wrk prints its figures as one JSON line.
 */
public final class Wrk {

    public static final String INSTALL_HINT = "install it with: apt-get install wrk nginx-light";

    /** Lua: wrk's own summary and latency percentiles (microseconds), as one line the runner reads. */
    static final String REPORT = """

            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('WRK_RESULT {"requests":%d,"durationUs":%d,"p50":%d,"p95":%d,"p99":%d,'
                .. '"max":%d,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\\n',
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
                latency:percentile(99), latency.max, e.status, e.connect, e.read, e.write, e.timeout))
            end
            """;

    private Wrk() {
    }

    /**
     * What one run measured.
     *
     * @param errorStatuses answers with a status of 400 or more (a 401 or 429 among them spoils the figure)
     * @param socketErrors  connect, read, write errors and timeouts
     */
    public record Result(long requests, double seconds, LatencySummary latency, long errorStatuses, long socketErrors) {

        public double perSecond() {
            return requests / seconds;
        }

        public Stats stats(String what) {
            return Stats.of(what, latency, perSecond(), errorStatuses + socketErrors);
        }
    }

    /** Fails with the install command when wrk is missing. */
    public static String executable() {
        for (String candidate : List.of("/usr/bin/wrk", "/usr/local/bin/wrk")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("wrk is not installed: " + INSTALL_HINT);
    }

    /**
     * Runs wrk against {@code url} with the script (which defines {@code request}, {@code setup}, … as it needs);
     * its output goes to {@code log}.
     */
    public static Result run(String url, int threads, int connections, Duration duration, String luaScript,
                             Path workDir, String label) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path script = workDir.resolve(label + ".lua");
        Files.writeString(script, luaScript + REPORT);
        Path log = workDir.resolve(label + ".out");
        Process wrk = new ProcessBuilder(executable(), "-t" + threads, "-c" + connections,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "-s", script.toString(), url)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("wrk did not finish; its output: " + log);
            }
        } finally {
            wrk.destroyForcibly();
        }
        String output = Files.readString(log);
        return parse(output);
    }

    static Result parse(String output) {
        int at = output.indexOf("WRK_RESULT ");
        if (at < 0) {
            throw new IllegalStateException("wrk printed no result:" + System.lineSeparator() + output);
        }
        String line = output.substring(at + "WRK_RESULT ".length()).lines().findFirst().orElseThrow();
        var json = Json.read(line);
        double micros = 1000.0;
        long requests = json.path("requests").asLong();
        return new Result(requests, json.path("durationUs").asLong() / 1e6,
                new LatencySummary(requests, json.path("p50").asLong() / micros, json.path("p95").asLong() / micros,
                        json.path("p99").asLong() / micros, json.path("max").asLong() / micros),
                json.path("status").asLong(), json.path("connect").asLong() + json.path("read").asLong()
                + json.path("write").asLong() + json.path("timeout").asLong());
    }
}
