package dev.mentra.bench;

import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.faults.FaultsBenchmark;
import dev.mentra.bench.live.AiBenchmark;
import dev.mentra.bench.live.ChatBenchmark;
import dev.mentra.bench.live.EventsBenchmark;
import dev.mentra.bench.live.SocketsBenchmark;

import java.util.List;

/** Every benchmark of the suite, in the order {@code -Dbench=all} runs them. Register new ones here. */
final class Benchmarks {

    private Benchmarks() {
    }

    static List<Benchmark> all() {
        return List.of(
                // first: it measures the stack as it starts, before anything else ran on it
                new FootprintBenchmark(),
                new GatewayBenchmark(),
                new BookingsBenchmark(),
                // the live benchmarks: sockets, chat messages, booking events, AI answers
                new SocketsBenchmark(),
                new ChatBenchmark(),
                new EventsBenchmark(),
                new AiBenchmark(),
                // last: it stops the broker and the database and kills a chat-service replica
                new FaultsBenchmark()
        );
    }
}
