package dev.mentra.bench.faults;

/** One fault injected under load, with the clients that watch what it does. */
interface FaultScenario {

    /** The name {@code -Dbench.faults=} selects. */
    String name();

    ScenarioReport run(FaultRig rig) throws Exception;
}
