package dev.mentra.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboxTest {

    private static final String TOPIC = "platform.test.events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("platform");

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
    void recordThatIsNotAnEventIsSkippedAndConsumptionGoesOn() throws Exception {
        String subject = "subject-" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, subject, "this is not an event");
            writer.send(TOPIC, subject, "{\"id\":\"not-a-uuid\",\"type\":\"x\"}");
            writer.send(TOPIC, subject, envelope(UUID.randomUUID(), subject));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(subject) == 1);
    }

    private long times(String subject) {
        return db.count("SELECT coalesce(max(times), 0) FROM applied_effect WHERE subject = ?", subject);
    }

    private static String envelope(UUID id, String subject) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "id", id.toString(),
                "type", "thing.happened",
                "version", 1,
                "occurredAt", "2026-11-24T10:15:30Z",
                "subject", subject,
                "data", Map.of("extra", "ignored by readers that do not know it")));
    }
}
