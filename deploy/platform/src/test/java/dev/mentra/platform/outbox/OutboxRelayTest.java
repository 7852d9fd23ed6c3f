package dev.mentra.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.platform.testapp.NoteResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("platform");

    @Test
    void eventOfACommittedChangeReachesKafkaInTheContractEnvelope() throws Exception {
        String text = "hello " + UUID.randomUUID();
        Map<String, String> created = createNote(text);

        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(1, r -> r.key().equals(created.get("id")), Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.get("id").asText()).isEqualTo(created.get("eventId"));
            assertThat(event.get("type").asText()).isEqualTo("note.created");
            assertThat(event.get("version").asInt()).isEqualTo(1);
            assertThat(event.get("subject").asText()).isEqualTo(created.get("id"));
            assertThat(event.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(event.get("data").get("text").asText()).isEqualTo(text);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(db.count(
                "SELECT count(*) FROM mentra_outbox WHERE event_id = ?::uuid AND published_at IS NOT NULL",
                created.get("eventId"))).isEqualTo(1));
    }

    @Test
    void rolledBackChangeLeavesNeitherRowNorEvent() {
        String text = "refused " + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .queryParam("refuseAfterWrite", true)
                .post("/notes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/note-refused"))
                .body("status", equalTo(409));

        assertThat(db.count("SELECT count(*) FROM note WHERE text = ?", text)).isZero();
        assertThat(db.count("SELECT count(*) FROM mentra_outbox WHERE payload LIKE ?", "%" + text + "%")).isZero();
    }

    @Test
    void invalidInputIsAProblemWithFieldErrorsAndWritesNothing() {
        given().contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/validation"))
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .post("/notes")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDatabaseGoneForAMomentIsA503ToRetryWhileABugStaysA500() {
        given().get("/notes/failing")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("https://mentra.dev/problems/unavailable"));
        given().queryParam("bug", true).get("/notes/failing")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/internal"));
    }

    @Test
    void relaySurvivesBrokerOutageAndDeliversEverythingOnceBack() {
        var broker = KafkaTestResource.shared();
        List<String> subjects = new ArrayList<>();
        broker.close();
        try {
            for (int i = 0; i < 15; i++) {
                subjects.add(createNote("during outage " + i).get("id"));
            }
            // the relay keeps failing while the broker is away: everything stays pending, nothing is dropped
            await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(pending(subjects)).isEqualTo(subjects.size()));
        } finally {
            broker.restart();
        }

        // at-least-once: a pass that failed after Kafka took some records sends them again, so count distinct keys
        java.util.Set<String> delivered = new java.util.HashSet<>();
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                reader.await(1, r -> subjects.contains(r.key()), Duration.ofMillis(500))
                        .forEach(r -> delivered.add(r.key()));
                return delivered.containsAll(subjects);
            });
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(subjects);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(pending(subjects)).isZero());
    }

    private long pending(List<String> subjects) {
        return db.count("SELECT count(*) FROM mentra_outbox WHERE published_at IS NULL"
                + " AND message_key = ANY(string_to_array(?, ','))", String.join(",", subjects));
    }

    private static Map<String, String> createNote(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/notes")
                .then().statusCode(200)
                .extract().jsonPath().getMap("", String.class, String.class);
    }
}
