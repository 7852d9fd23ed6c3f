package dev.mentra.platform.outbox;

import dev.mentra.local.postgres.PostgresEndpoint;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxBacklogTest {

    private final TestDatabase db = TestDatabase.of("platform");

    @Inject
    OutboxBacklog backlog;

    @Test
    void gaugesShowEventsTheRelayHasNotPublishedAndHowOldTheOldestIs() throws Exception {
        String eventId = UUID.randomUUID().toString();
        PostgresEndpoint pg = PostgresTestResource.shared().endpoint();
        // the relay's own lock, held here: its passes publish nothing until it is released (a stuck relay)
        try (Connection relayBlocked = DriverManager.getConnection(pg.jdbcUrl("platform"), pg.user(), pg.password());
             PreparedStatement lock = relayBlocked.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            lock.execute();
            db.update("""
                    INSERT INTO mentra_outbox (event_id, topic, message_key, event_type, payload, created_at)
                    VALUES (?::uuid, 'platform.test.backlog', 'k', 'test.waiting', '{}', now() - interval '1 hour')""",
                    eventId);

            backlog.refresh().await().atMost(Duration.ofSeconds(10));
            MetricsScrape stuck = MetricsScrape.now();
            assertThat(stuck.value("mentra_outbox_backlog", "application", "platform-test")).isGreaterThanOrEqualTo(1);
            assertThat(stuck.value("mentra_outbox_oldest_age_seconds", "application", "platform-test"))
                    .isGreaterThanOrEqualTo(3600);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(db.count(
                "SELECT count(*) FROM mentra_outbox WHERE event_id = ?::uuid AND published_at IS NOT NULL", eventId))
                .isEqualTo(1));
        backlog.refresh().await().atMost(Duration.ofSeconds(10));
        assertThat(MetricsScrape.now().value("mentra_outbox_oldest_age_seconds")).isLessThan(3600);
    }
}
