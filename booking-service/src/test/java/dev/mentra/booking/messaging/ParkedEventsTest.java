package dev.mentra.booking.messaging;

import dev.mentra.booking.Fixtures;
import dev.mentra.local.testing.InboxRecords;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static dev.mentra.booking.Fixtures.DB;
import static dev.mentra.booking.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** booking-service's consumers never stall on an event they cannot apply: it is parked and the partition goes on. */
@QuarkusTest
class ParkedEventsTest {

    private final InboxRecords inbox = InboxRecords.of("booking");

    @Test
    void aMentorEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        String poisonId = "mtr_" + UUID.randomUUID();
        String poison = Fixtures.event("mentor.published", poisonId, Map.of("mentorId", poisonId, "kind", "HUMAN",
                "userId", newUserId(), "sessionMinutes", "an hour", "active", true));
        String nextId = "mtr_" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", 0, poisonId, poison);
            writer.send("mentors.v1", 0, nextId, Fixtures.event("mentor.published", nextId, Map.of("mentorId", nextId,
                    "kind", "HUMAN", "userId", newUserId(), "sessionMinutes", 60, "active", true)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM mentor WHERE mentor_id = ?", nextId) == 1);
        Map<String, Object> parked = inbox.awaitParked("booking-service.mentors", poison);
        assertThat((String) parked.get("error")).contains("MalformedEventException");
        assertThat(parked).containsEntry("transient", false).containsEntry("kafka_partition", 0);
        assertThat(DB.count("SELECT count(*) FROM mentor WHERE mentor_id = ?", poisonId)).isZero();
    }

    @Test
    void aUserEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        String poisonId = newUserId();
        String poison = Fixtures.event("user.created", poisonId, Map.of("userId", poisonId,
                "email", List.of("two@example.com", "emails@example.com")));
        String nextId = newUserId();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", 1, poisonId, poison);
            writer.send("identity.users.v1", 1, nextId, Fixtures.event("user.created", nextId,
                    Map.of("userId", nextId, "email", nextId + "@example.com")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM person WHERE user_id = ?", nextId) == 1);
        Map<String, Object> parked = inbox.awaitParked("booking-service.users", poison);
        assertThat((String) parked.get("error")).contains("MalformedEventException");
        assertThat(DB.count("SELECT count(*) FROM person WHERE user_id = ?", poisonId)).isZero();
    }
}
