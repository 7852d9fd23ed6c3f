package dev.mentra.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopping application's relay finishes the pass it is in before the pool and the producer close, and starts
 * none after. A relay of its own (the application's keeps running for the other tests), on the same database.
 */
@QuarkusTest
class OutboxRelayStopTest {

    @Inject
    Vertx vertx;
    @Inject
    Pool pool;
    @Inject
    OutboxProducer producer;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;

    @Test
    void aStoppingRelayFinishesItsPassAndStartsNoOther() throws Exception {
        OutboxRelay relay = new OutboxRelay(vertx, pool, producer, config, registry);
        relay.wake();
        // a pass is at least a round trip to the database: it is under way when the stop comes
        assertThat(relay.passRunning()).isTrue();

        relay.stop(new ShutdownEvent());
        assertThat(relay.passRunning()).as("the pass ended before stop returned").isFalse();

        relay.wake();
        assertThat(relay.passRunning()).as("no pass starts after the stop").isFalse();
    }
}
