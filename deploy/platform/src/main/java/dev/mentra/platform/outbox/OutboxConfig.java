package dev.mentra.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "mentra.outbox")
public interface OutboxConfig {

    /**
     * Whether a commit that wrote events wakes the relay at once ({@link OutboxWakeUp}). Off, events wait for the
     * next poll: kept switchable so the benchmark can show what waking saves.
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /**
     * How often the relay looks for pending events anyway (one indexed query on an empty table): the safety net
     * for a notification missed, and the retry interval while Kafka is away.
     */
    @WithDefault("250ms")
    Duration pollInterval();

    /** How many events one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long one pass waits for Kafka to acknowledge before giving up and retrying later. */
    @WithDefault("15s")
    Duration publishTimeout();

    /** How often the backlog gauges ({@link OutboxBacklog}) are read again from the table. */
    @WithDefault("15s")
    Duration backlogRefresh();
}
