package dev.mentra.platform.outbox;

import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.platform.testapp.NoteResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the relay's poll a minute apart, an event still reaches Kafka within moments of its commit: the commit
 * wakes the relay. The listener survives losing its database connection.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.SlowPoll.class)
class OutboxWakeUpTest {

    public static class SlowPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentra.outbox.poll-interval", "60s");
        }
    }

    private final TestDatabase db = TestDatabase.of("platform");

    @Inject
    OutboxWakeUp wakeUp;

    @Test
    void aCommittedEventLeavesAtOnceNotAtTheNextPoll() {
        await().atMost(Duration.ofSeconds(10)).until(wakeUp::listening);
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            for (int i = 0; i < 3; i++) {
                String id = createNote("woken " + i + " " + UUID.randomUUID());
                assertThat(reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(5))).hasSize(1);
            }
        }
    }

    @Test
    void theListenerComesBackAfterItsConnectionIsCut() {
        await().atMost(Duration.ofSeconds(10)).until(wakeUp::listening);
        String listener = "SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN%mentra_outbox%'";
        Object before = db.rows(listener).get(0).get("pid");
        // as a database restart or a failover would do to it; the note is written while the listener is away
        db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ?", before);
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            String id = createNote("away " + UUID.randomUUID());
            assertThat(reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(8))).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(db.rows(listener))
                .extracting(row -> row.get("pid")).hasSize(1).doesNotContain(before));
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            String id = createNote("back " + UUID.randomUUID());
            assertThat(reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(5))).hasSize(1);
        }
    }

    private static String createNote(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/notes")
                .then().statusCode(200)
                .extract().jsonPath().getString("id");
    }
}
