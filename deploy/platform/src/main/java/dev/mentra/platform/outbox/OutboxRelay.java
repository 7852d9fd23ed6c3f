package dev.mentra.platform.outbox;

import dev.mentra.platform.tracing.TraceHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes pending outbox rows to Kafka and marks them published, in one database transaction per pass.
 *
 * <p>Safe with several replicas: a pass first takes a transaction-scoped advisory lock, so one replica relays at a
 * time and the events of one aggregate leave in the order they were written; the rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} as a second guard. If Kafka is down the pass fails, the transaction rolls back,
 * the rows stay pending and the next pass tries again: nothing is lost, and a row may be published twice
 * (consumers deduplicate with the inbox).
 *
 * <p>A pass runs when a commit wakes the relay ({@link OutboxWakeUp}) and at every poll interval as a safety net.
 * Passes never overlap: a wake-up during a pass runs one more pass right after it, which then takes everything
 * committed meanwhile in one batch, so a busy service publishes in batches rather than one pass per event.
 *
 * <p>Each event is published in the trace of the transaction that wrote it ({@link OutboxProducer}), however much
 * later the pass runs.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Any constant shared by every replica of every service; each service has its own database. */
    static final long RELAY_LOCK = 0x6d656e7472610001L;
    /** Within Kubernetes' grace period, after the shutdown delay and the requests in flight. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final String CLAIM = """
            SELECT id, topic, message_key, payload, traceparent, tracestate FROM mentra_outbox
            WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED""";

    private final Pool pool;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failedPasses;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean failing;
    private volatile boolean stopped;
    private long poller = -1;

    public OutboxRelay(Vertx vertx, Pool pool, OutboxProducer producer, OutboxConfig config, MeterRegistry registry) {
        this.vertx = vertx;
        this.pool = pool;
        this.producer = producer;
        this.config = config;
        this.published = registry.counter("mentra.outbox.published");
        this.failedPasses = registry.counter("mentra.outbox.failed.passes");
    }

    void start(@Observes StartupEvent startup) {
        poller = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wake());
    }

    /**
     * Starts no pass any more and lets the running one finish its batch, so what it claimed is published and marked
     * before the pool and the producer close (a batch still running after {@link #STOP_WAIT} rolls back: its rows
     * stay pending for another replica or the next start). Observed once requests in flight are
     * done: until then they may still write events, and the relay keeps publishing them.
     */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopped = true;
        vertx.cancelTimer(poller);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Whether a pass runs now. */
    boolean passRunning() {
        return running.get();
    }

    /** Asks for a pass: now if none is running, else right after the running one. */
    public void wake() {
        wanted.set(true);
        if (!stopped && running.compareAndSet(false, true)) {
            nextPass();
        }
    }

    private void nextPass() {
        if (stopped || !wanted.getAndSet(false)) {
            running.set(false);
            // a wake-up between the check and the release would otherwise wait for the next poll
            if (wanted.get() && !stopped && running.compareAndSet(false, true)) {
                nextPass();
            }
            return;
        }
        pass().subscribe().with(ignored -> nextPass(), error -> nextPass());
    }

    Uni<Void> pass() {
        return relayPending()
                .onItem().invoke(n -> {
                    if (failing) {
                        failing = false;
                        LOG.info("Outbox relay publishes again");
                    }
                })
                .onFailure().recoverWithItem(e -> {
                    failedPasses.increment();
                    if (!failing && !stopped) {
                        failing = true;
                        LOG.warnf("Outbox relay cannot publish (%s); pending events stay in the outbox and are retried",
                                e.toString());
                    }
                    return 0;
                })
                .replaceWithVoid();
    }

    /** Publishes everything pending, batch after batch; returns how many events were published. */
    public Uni<Integer> relayPending() {
        return relayBatch().flatMap(n -> n < config.batchSize() || stopped
                ? Uni.createFrom().item(n)
                : relayPending().map(more -> n + more));
    }

    /** One pass: claim a batch, publish it, mark it published; returns how many were published. */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .flatMap(lock -> lock.iterator().next().getBoolean(0)
                        ? publishClaimed(conn)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishClaimed(SqlConnection conn) {
        return conn.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize()))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    List<OutboxProducer.Record> records = new ArrayList<>(rows.size());
                    List<Long> ids = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        String traceparent = row.getString("traceparent");
                        records.add(new OutboxProducer.Record(row.getString("topic"), row.getString("message_key"),
                                row.getString("payload"), traceparent == null ? null
                                : new TraceHeaders(traceparent, row.getString("tracestate"))));
                    }
                    return producer.sendAll(records)
                            .ifNoItem().after(config.publishTimeout().multipliedBy(2)).fail()
                            .flatMap(sent -> markPublished(conn, ids))
                            .invoke(() -> published.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private static Uni<RowSet<Row>> markPublished(SqlConnection conn, List<Long> ids) {
        return conn.preparedQuery("UPDATE mentra_outbox SET published_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(new Long[0])));
    }
}
