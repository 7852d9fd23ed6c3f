package dev.mentra.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicWriter;
import dev.mentra.platform.testapp.AppliedEffectConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class InboxTest {

    static final String TOPIC = "platform.test.events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("platform");

    @Inject
    Inbox inbox;

    @Test
    void aDeliveryKeyOfAnyFormIsAppliedOnce() throws Throwable {
        String svixId = "msg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            boolean first = VertxContextSupport.subscribeAndAwait(() -> inbox.once("webhook-test", svixId,
                    "test.delivered", () -> Uni.createFrom().item(runs.incrementAndGet())));
            assertThat(first).isEqualTo(i == 0);
        }
        assertThat(runs).hasValue(1);
        // the database's mentra_inbox_key (for migrations) names the same row as InboxKey
        assertThat(db.count("SELECT count(*) FROM mentra_inbox WHERE consumer = 'webhook-test'"
                + " AND event_id = mentra_inbox_key(?)", svixId)).isEqualTo(1);
    }

    @Test
    void theDatabaseComputesTheSameKeysAsInboxKey() {
        for (String key : List.of("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "évènement ✓", UUID.randomUUID().toString(),
                UUID.randomUUID().toString().toUpperCase(), "1-2-3-4-5")) {
            assertThat(db.rows("SELECT mentra_inbox_key(?)::text AS k", key).get(0).get("k"))
                    .as(key).isEqualTo(InboxKey.of(key).toString());
        }
    }

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        String subject = "subject-" + UUID.randomUUID();
        String event = envelope(UUID.randomUUID(), subject);
        String marker = "marker-" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, subject, event);
            writer.send(TOPIC, subject, event); // the broker or a producer retry delivers it again
            writer.send(TOPIC, marker, envelope(UUID.randomUUID(), marker));
        }
        // once the marker behind both copies is applied, both copies have been consumed
        await().atMost(Duration.ofSeconds(30)).until(() -> times(marker) == 1);
        assertThat(times(subject)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM mentra_inbox WHERE consumer = 'applied-effect' AND event_id = ?::uuid",
                JSON.readTree(event).get("id").asText())).isEqualTo(1);
    }

    @Test
    void distinctEventsAboutOneSubjectAreEachApplied() throws Exception {
        String subject = "subject-" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, subject, envelope(UUID.randomUUID(), subject));
            writer.send(TOPIC, subject, envelope(UUID.randomUUID(), subject));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(subject) == 2);
    }

    @Test
    void aPoisonEventIsParkedAndTheEventsBehindItAndBesideItAreAppliedWhileTheServiceStaysReady() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        String poisonEvent = envelope(poisonId, poison, Map.of("mustKnow", "nobody-" + UUID.randomUUID()));
        String behind = "behind-" + UUID.randomUUID();
        List<String> beside = List.of("beside-" + UUID.randomUUID(), "beside-" + UUID.randomUUID());
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, 0, poison, poisonEvent);
            writer.send(TOPIC, 0, behind, envelope(UUID.randomUUID(), behind));
            writer.send(TOPIC, 1, beside.get(0), envelope(UUID.randomUUID(), beside.get(0)));
            writer.send(TOPIC, 2, beside.get(1), envelope(UUID.randomUUID(), beside.get(1)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> times(behind) == 1
                && times(beside.get(0)) == 1 && times(beside.get(1)) == 1);
        Map<String, Object> parked = parked(poisonId);
        assertThat(parked).containsEntry("consumer", AppliedEffectConsumer.NAME)
                .containsEntry("event_type", "thing.happened")
                .containsEntry("subject", poison)
                .containsEntry("topic", TOPIC)
                .containsEntry("kafka_partition", 0)
                .containsEntry("payload", poisonEvent)
                // a foreign key violation fails the same way every time: parked at once, not retried
                .containsEntry("transient", false)
                .containsEntry("attempts", 1);
        assertThat(parked.get("kafka_offset")).isNotNull();
        assertThat((String) parked.get("error")).contains("23503");
        assertThat(parked.get("replayed_at")).isNull();
        assertThat(times(poison)).isZero();
        assertThat(db.count("SELECT count(*) FROM mentra_inbox WHERE event_id = ?::uuid", poisonId.toString())).isZero();

        // longer than the test's unprocessed-record-max-age: a stuck record would have failed the channel by now
        Thread.sleep(3_500);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        MetricsScrape metrics = MetricsScrape.now();
        assertThat(metrics.has("mentra_inbox_parked_total", "consumer", "applied-effect")).isTrue();
        assertThat(metrics.has("mentra_inbox_parked_waiting", "consumer", "applied-effect")).isTrue();
    }

    @Test
    void aTransientFailureIsRetriedWithBackOffThenApplied() throws Exception {
        String subject = "flaky-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            // fails twice as a serialization failure would; the third (last allowed) attempt passes
            writer.send(TOPIC, subject, envelope(id, subject, Map.of("transientFailures", 2)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(subject) == 1);
        assertThat(AppliedEffectConsumer.attempts(id)).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM mentra_inbox_parked WHERE event_id = ?::uuid", id.toString())).isZero();
    }

    @Test
    void aTransientFailurePastTheRetriesIsParkedAndTheNextEventApplied() throws Exception {
        String subject = "down-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, 1, subject, envelope(id, subject, Map.of("transientFailures", 100)));
            writer.send(TOPIC, 1, next, envelope(UUID.randomUUID(), next));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(next) == 1);
        Map<String, Object> parked = parked(id);
        assertThat(parked).containsEntry("transient", true).containsEntry("attempts", 3);
        assertThat((String) parked.get("error")).contains("40001");
        assertThat(AppliedEffectConsumer.attempts(id)).isEqualTo(3);
        assertThat(times(subject)).isZero();
    }

    @Test
    void aRecordThatIsNotAnEventIsParkedAndConsumptionGoesOn() throws Exception {
        String subject = "subject-" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, subject, "this is not an event");
            writer.send(TOPIC, subject, "{\"id\":\"not-a-uuid\",\"type\":\"x\"}\u0000");
            writer.send(TOPIC, subject, envelope(UUID.randomUUID(), subject));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(subject) == 1);
        List<Map<String, Object>> rows = db.rows(
                "SELECT event_id, payload, transient FROM mentra_inbox_parked WHERE subject = ? ORDER BY id", subject);
        assertThat(rows).extracting(r -> r.get("payload"))
                // PostgreSQL text cannot hold NUL: it is kept as its escape, and the record is parked all the same
                .containsExactly("this is not an event", "{\"id\":\"not-a-uuid\",\"type\":\"x\"}\\u0000");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("event_id", null).containsEntry("transient", false));
    }

    private Map<String, Object> parked(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM mentra_inbox_parked WHERE event_id = ?::uuid", eventId.toString()) == 1);
        return db.rows("SELECT * FROM mentra_inbox_parked WHERE event_id = ?::uuid", eventId.toString()).get(0);
    }

    private long times(String subject) {
        return db.count("SELECT coalesce(max(times), 0) FROM applied_effect WHERE subject = ?", subject);
    }

    static String envelope(UUID id, String subject) throws Exception {
        return envelope(id, subject, Map.of());
    }

    static String envelope(UUID id, String subject, Map<String, Object> data) throws Exception {
        Map<String, Object> withExtra = new HashMap<>(data);
        withExtra.put("extra", "ignored by readers that do not know it");
        return JSON.writeValueAsString(Map.of(
                "id", id.toString(),
                "type", "thing.happened",
                "version", 1,
                "occurredAt", "2026-11-24T10:15:30Z",
                "subject", subject,
                "data", withExtra));
    }
}
