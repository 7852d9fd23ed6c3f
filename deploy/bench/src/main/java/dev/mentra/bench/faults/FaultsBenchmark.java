package dev.mentra.bench.faults;

import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.ConsoleTable;
import dev.mentra.bench.core.Figure;
import dev.mentra.bench.core.Format;
import dev.mentra.bench.core.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code faults}: the system under load while something breaks — the Kafka broker stopped, PostgreSQL restarted, a
 * chat-service replica killed — each scenario reporting the requests it tried, the faults it injected, what was lost
 * or duplicated (both must be 0) and the time to recover. {@code -Dbench.faults=kafka,postgres,replica} picks
 * scenarios (all three by default, in that order: the kill leaves a dead member in chat-service's consumer group for
 * a session timeout, which would slow the others).
 */
public final class FaultsBenchmark implements Benchmark {

    private static final List<FaultScenario> SCENARIOS = List.of(new KafkaOutage(), new PostgresRestart(),
            new ReplicaKill());

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public String description() {
        return "Kafka stopped, PostgreSQL restarted, a chat replica SIGKILLed, under load: lost, duplicated, recovery";
    }

    /** Mentees posting: enough that none sends more than 10 a second (chat-service allows 20 frames a second). */
    static int pairCount(FaultRig rig, int messagesPerSecond) {
        return rig.options().integer("bench.faults.pairs", Math.max(10, (messagesPerSecond + 9) / 10));
    }

    @Override
    public void run(BenchContext context) throws Exception {
        List<String> wanted = List.of(context.options().string("bench.faults", "kafka,postgres,replica").split(","));
        List<FaultScenario> chosen = SCENARIOS.stream().filter(s -> wanted.contains(s.name())).toList();
        if (chosen.size() != wanted.size()) {
            throw new IllegalArgumentException("-Dbench.faults names kafka, postgres and replica, not " + wanted);
        }
        FaultRig rig = new FaultRig(context);
        List<ScenarioReport> reports = new ArrayList<>();
        BenchResult.Builder result = BenchResult.builder(name());
        for (FaultScenario scenario : chosen) {
            context.out().println("## faults: " + scenario.name());
            try {
                reports.add(scenario.run(rig));
            } catch (Exception e) {
                context.out().println("## faults: " + scenario.name() + " could not be measured: " + e);
                e.printStackTrace(context.out());
                result.note(scenario.name() + ": could not be measured: " + e);
            }
        }

        ConsoleTable table = new ConsoleTable("scenario", "fault", "tried", "faults", "lost", "dup", "recovery s");
        for (ScenarioReport r : reports) {
            table.row(r.scenario, r.fault, Long.toString(r.tried), Long.toString(r.faults), Long.toString(r.lost),
                    Long.toString(r.duplicated), r.recovered() ? Format.number(r.recoverySeconds) : "NOT RECOVERED");
            r.summary().forEach((k, v) -> result.size(r.scenario + ": " + k, v));
            r.figures.forEach(f -> result.figure(Figure.alone(f)));
            result.target(Target.exactly(r.scenario + ": lost", r.lost, "", 0))
                    .target(Target.exactly(r.scenario + ": duplicated", r.duplicated, "", 0))
                    .target(new Target(r.scenario + ": recovered", r.recoverySeconds, "s",
                            "within " + context.options().duration("bench.faults.drain",
                                    java.time.Duration.ofSeconds(120)).toSeconds() + " s", r.recovered()));
            r.notes.forEach(result::note);
        }
        result.note("Recovery: " + String.join("; ", reports.stream().map(r -> r.scenario + " — " + r.recoveredWhen)
                .toList()));
        context.out().println();
        table.print(context.out());
        context.report(result.build());
    }
}
