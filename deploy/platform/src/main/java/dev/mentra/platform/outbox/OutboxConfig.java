package dev.mentra.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "mentra.outbox")
public interface OutboxConfig {

    /** How often the relay looks for pending events (it is one indexed query on an empty table). */
    @WithDefault("250ms")
    Duration pollInterval();

    /** How many events one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long one pass waits for Kafka to acknowledge before giving up and retrying later. */
    @WithDefault("15s")
    Duration publishTimeout();
}
