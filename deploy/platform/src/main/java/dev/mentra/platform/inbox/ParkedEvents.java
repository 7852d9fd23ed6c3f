package dev.mentra.platform.inbox;

import dev.mentra.platform.event.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dead-letter table {@code mentra_inbox_parked}: where the inbox parks events it cannot apply, what operators
 * list and replay. Counts every parking ({@code mentra_inbox_parked_total{consumer}}) and keeps a gauge of the events
 * still waiting ({@code mentra_inbox_parked_waiting{consumer}}), read from the table so it is right with several
 * replicas.
 *
 * <p>Plain SQL on the reactive pool rather than Hibernate: parking follows a failed transaction, and must not
 * depend on the session that failed.
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    /** Which parked events a list shows. */
    public enum Status {
        /** not replayed yet */
        WAITING("replayed_at IS NULL"),
        /** settled by a replay */
        REPLAYED("replayed_at IS NOT NULL"),
        ALL("true");

        private final String condition;

        Status(String condition) {
            this.condition = condition;
        }
    }

    /** A page of parked events, oldest first. */
    public record ParkedEventPage(List<ParkedEvent> items, long total, int page, int size) {
    }

    private static final int MAX_ERROR_LENGTH = 8_000;

    private static final String PARK = """
            INSERT INTO mentra_inbox_parked (consumer, event_id, event_type, subject, topic, kafka_partition,
                                             kafka_offset, payload, error, transient, attempts)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (consumer, event_id) DO UPDATE SET
                error = excluded.error, transient = excluded.transient,
                attempts = mentra_inbox_parked.attempts + excluded.attempts, last_failed_at = now(),
                topic = excluded.topic, kafka_partition = excluded.kafka_partition,
                kafka_offset = excluded.kafka_offset, replayed_at = NULL, replay_outcome = NULL
            RETURNING id""";

    private final Pool pool;
    private final Vertx vertx;
    private final InboxConfig config;
    private final MeterRegistry registry;
    private final Map<String, Counter> parkedTotal = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();
    private volatile long refreshTimer = -1;

    public ParkedEvents(Pool pool, Vertx vertx, InboxConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.registry = registry;
    }

    void start(@Observes StartupEvent startup) {
        refreshTimer = vertx.setPeriodic(1_000, config.parkedGaugeRefresh().toMillis(), id -> refreshGauge()
                .subscribe().with(x -> { }, e -> LOG.debugf("Parked events gauge not refreshed: %s", e)));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (refreshTimer >= 0) {
            vertx.cancelTimer(refreshTimer);
        }
    }

    /**
     * Parks what {@code consumer} could not apply ({@code event} null when the record is not an event). The same
     * event parked again (redelivered, failing again) updates its row: attempts add up, the latest error wins.
     *
     * @return the parked row's id
     */
    Uni<Long> park(String consumer, Delivery delivery, EventEnvelope event, Throwable failure, int attempts,
                   Failure kind) {
        Tuple values = Tuple.tuple(Arrays.asList(
                consumer,
                event == null ? null : event.id(),
                event == null ? null : text(event.type()),
                text(event != null ? event.subject() : delivery.key()),
                text(delivery.topic()),
                delivery.partition(),
                delivery.offset(),
                text(delivery.value() == null ? "" : delivery.value()),
                describe(failure),
                kind == Failure.TRANSIENT,
                attempts));
        return pool.preparedQuery(PARK).execute(values)
                .map(rows -> rows.iterator().next().getLong("id"))
                .invoke(() -> counter(consumer).increment())
                .call(this::refreshGaugeQuietly);
    }

    public Uni<ParkedEventPage> list(String consumer, Status status, int page, int size) {
        String where = " WHERE ($1::text IS NULL OR consumer = $1) AND " + status.condition;
        long offset = (long) page * size;
        Uni<Long> total = pool.preparedQuery("SELECT count(*) FROM mentra_inbox_parked" + where)
                .execute(Tuple.of(consumer))
                .map(rows -> rows.iterator().next().getLong(0));
        Uni<List<ParkedEvent>> items = pool.preparedQuery("SELECT * FROM mentra_inbox_parked" + where
                        + " ORDER BY id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(consumer, size, offset))
                .map(rows -> {
                    List<ParkedEvent> list = new ArrayList<>();
                    rows.forEach(row -> list.add(parkedEvent(row)));
                    return list;
                });
        return Uni.combine().all().unis(items, total).asTuple()
                .map(t -> new ParkedEventPage(t.getItem1(), t.getItem2(), page, size));
    }

    /** The parked event, or null. */
    public Uni<ParkedEvent> find(long id) {
        return pool.preparedQuery("SELECT * FROM mentra_inbox_parked WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : parkedEvent(rows.iterator().next()));
    }

    /** Ids of waiting events, oldest first, of one consumer or all. */
    Uni<List<Long>> waitingIds(String consumer, int limit) {
        return pool.preparedQuery("""
                        SELECT id FROM mentra_inbox_parked
                        WHERE replayed_at IS NULL AND ($1::text IS NULL OR consumer = $1) ORDER BY id LIMIT $2""")
                .execute(Tuple.of(consumer, limit))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** A replay settled the event; the first settlement is kept if it is replayed again. */
    Uni<Void> settled(long id, Inbox.Status outcome) {
        return pool.preparedQuery("""
                        UPDATE mentra_inbox_parked SET replayed_at = now(), replay_outcome = $2
                        WHERE id = $1 AND replayed_at IS NULL""")
                .execute(Tuple.of(id, outcome.name()))
                .call(this::refreshGaugeQuietly)
                .replaceWithVoid();
    }

    /** A replay failed again: the row stays waiting with the new error. */
    Uni<Void> failedAgain(long id, Throwable failure, int attempts, Failure kind) {
        return pool.preparedQuery("""
                        UPDATE mentra_inbox_parked
                        SET error = $2, transient = $3, attempts = attempts + $4, last_failed_at = now()
                        WHERE id = $1""")
                .execute(Tuple.of(id, describe(failure), kind == Failure.TRANSIENT, attempts))
                .replaceWithVoid();
    }

    /** Makes {@code consumer}'s counter and gauge exist from the start, at zero, so dashboards and alerts see them. */
    void track(String consumer) {
        counter(consumer);
        gauge(consumer);
    }

    /** Reads how many events wait per consumer into the gauges. */
    Uni<Void> refreshGauge() {
        return pool.query("""
                        SELECT consumer, count(*) FILTER (WHERE replayed_at IS NULL) AS waiting
                        FROM mentra_inbox_parked GROUP BY consumer""")
                .execute()
                .invoke(rows -> rows.forEach(row -> gauge(row.getString("consumer")).set(row.getLong("waiting"))))
                .replaceWithVoid();
    }

    private Uni<Void> refreshGaugeQuietly() {
        return refreshGauge().onFailure().recoverWithNull();
    }

    private Counter counter(String consumer) {
        return parkedTotal.computeIfAbsent(consumer,
                c -> registry.counter("mentra.inbox.parked", Tags.of("consumer", c)));
    }

    private AtomicLong gauge(String consumer) {
        return waiting.computeIfAbsent(consumer, c -> registry.gauge("mentra.inbox.parked.waiting",
                Tags.of("consumer", c), new AtomicLong()));
    }

    private static ParkedEvent parkedEvent(Row row) {
        return new ParkedEvent(row.getLong("id"), row.getString("consumer"), row.getUUID("event_id"),
                row.getString("event_type"), row.getString("subject"), row.getString("topic"),
                row.getInteger("kafka_partition"), row.getLong("kafka_offset"), row.getString("payload"),
                row.getString("error"), row.getBoolean("transient"), row.getInteger("attempts"),
                row.getOffsetDateTime("first_failed_at"), row.getOffsetDateTime("last_failed_at"),
                row.getOffsetDateTime("replayed_at"), row.getString("replay_outcome"));
    }

    /** What went wrong, outermost first, each cause once: e.g. Hibernate's wrapper and PostgreSQL's message. */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String line = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            if (t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null) {
                line += " [SQLSTATE " + pg.getSqlState() + "]";
            }
            if (out.indexOf(line) < 0) {
                out.append(out.length() == 0 ? "" : "\ncaused by ").append(line);
            }
        }
        String text = text(out.toString());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "…";
    }

    /** PostgreSQL text cannot hold NUL: a poison record must still be parkable, so NUL is written as its escape. */
    private static String text(String s) {
        return s == null ? null : s.replace("\u0000", "\\u0000");
    }
}
