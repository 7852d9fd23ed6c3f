package dev.mentra.platform.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopping application's relay finishes the pass it is in before the pool and the producer close, and starts
 * none after. The pass here is a transaction that takes 300 ms (a database that answers slowly under load).
 */
class OutboxRelayStopTest {

    private static final Duration PASS = Duration.ofMillis(300);

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger transactions = new AtomicInteger();

    /** Every transaction finds nothing pending, after {@link #PASS}. */
    private final Pool slowDatabase = new Pool(null) {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Uni<T> withTransaction(Function<SqlConnection, Uni<T>> work) {
            transactions.incrementAndGet();
            return (Uni<T>) Uni.createFrom().item(0).onItem().delayIt().by(PASS);
        }
    };

    private final OutboxConfig config = new OutboxConfig() {
        @Override
        public boolean wakeOnCommit() {
            return true;
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(50);
        }

        @Override
        public int batchSize() {
            return 200;
        }

        @Override
        public Duration publishTimeout() {
            return Duration.ofSeconds(15);
        }

        @Override
        public Duration backlogRefresh() {
            return Duration.ofSeconds(15);
        }
    };

    @AfterEach
    void closeVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void aStoppingRelayFinishesItsPassAndStartsNoOther() throws Exception {
        OutboxRelay relay = new OutboxRelay(vertx, slowDatabase, null, config, new SimpleMeterRegistry());
        relay.start(new io.quarkus.runtime.StartupEvent());
        relay.wake();
        assertThat(relay.passRunning()).isTrue();

        long begin = System.nanoTime();
        relay.stop(new ShutdownEvent());
        assertThat(relay.passRunning()).as("the pass ended before stop returned").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThan(PASS.dividedBy(2));

        int passes = transactions.get();
        relay.wake();
        Thread.sleep(config.pollInterval().multipliedBy(4).toMillis());
        assertThat(transactions.get()).as("no pass after the stop, woken or polled").isEqualTo(passes);
        assertThat(relay.passRunning()).isFalse();
    }
}
