package dev.mentra.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the relay is behind: {@code mentra.outbox.backlog} (events not yet published) and
 * {@code mentra.outbox.oldest.age} (seconds since the oldest of them was written; 0 when none waits). A growing
 * age is the alarm: Kafka has been away, or the relay is stuck.
 *
 * <p>Read from the table every {@code mentra.outbox.backlog-refresh} on the reactive pool (the pending rows have a
 * partial index), not on scrape: a scrape only reads the last values, and every replica reports the same table.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private static final String READ = """
            SELECT (SELECT count(*) FROM mentra_outbox WHERE published_at IS NULL) AS backlog,
                   coalesce(extract(epoch FROM now() - (SELECT created_at FROM mentra_outbox
                                                        WHERE published_at IS NULL ORDER BY id LIMIT 1)), 0)
                       ::bigint AS oldest_age""";

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile long timer = -1;

    public OutboxBacklog(Pool pool, Vertx vertx, OutboxConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        Gauge.builder("mentra.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events written and not yet published to Kafka").register(registry);
        Gauge.builder("mentra.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest outbox event not yet published (0 when none waits)")
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        timer = vertx.setPeriodic(1_000, config.backlogRefresh().toMillis(), id -> refresh()
                .subscribe().with(x -> { }, e -> LOG.debugf("Outbox backlog gauges not refreshed: %s", e)));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Reads the backlog and the oldest pending event's age into the gauges. */
    Uni<Void> refresh() {
        return pool.query(READ).execute().invoke(rows -> {
            Row row = rows.iterator().next();
            backlog.set(row.getLong("backlog"));
            oldestAgeSeconds.set(row.getLong("oldest_age"));
        }).replaceWithVoid();
    }
}
