package dev.mentra.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * How the inbox retries a transient failure before it parks the event ({@code mentra.inbox.*}).
 *
 * <p>Keep the whole retry well under the Kafka connector's {@code throttled.unprocessed-record-max-age.ms} (60 s):
 * a record unacknowledged for longer makes SmallRye report the channel failed. The defaults retry for about 3 s.
 */
@ConfigMapping(prefix = "mentra.inbox")
public interface InboxConfig {

    /** Attempts of an effect that fails transiently (the first one included) before the event is parked. */
    @WithDefault("5")
    @Min(1)
    int maxAttempts();

    /** The wait before the first retry; it doubles (with jitter) up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration backoff();

    @WithDefault("5s")
    Duration maxBackoff();

    /** How often the gauge of parked events is read again from the table (every replica writes to it). */
    @WithDefault("60s")
    Duration parkedGaugeRefresh();
}
