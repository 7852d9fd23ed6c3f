package dev.mentra.platform.inbox;

import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicWriter;
import dev.mentra.platform.testapp.AppliedEffectConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.mentra.platform.inbox.InboxTest.TOPIC;
import static dev.mentra.platform.inbox.InboxTest.envelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The admin API every service serves: list parked events, replay one or all through the inbox. */
@QuarkusTest
class ParkedEventsAdminTest {

    private final TestDatabase db = TestDatabase.of("platform");

    @Test
    void aReplayAfterTheFixAppliesTheEventOnceHoweverOftenItIsReplayed() throws Exception {
        String known = "known-" + UUID.randomUUID();
        Parked poison = park(known);

        // not fixed yet: the replay fails the same way and the event stays parked, attempts adding up
        admin().post("/api/admin/parked-events/" + poison.id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("PARKED_AGAIN"))
                .body("error", containsString("23503"));
        admin().get("/api/admin/parked-events/" + poison.id).then().statusCode(200)
                .body("attempts", equalTo(2))
                .body("replayedAt", equalTo(null));

        db.update("INSERT INTO known_subject (name) VALUES (?)", known); // the fix
        admin().post("/api/admin/parked-events/" + poison.id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("eventId", equalTo(poison.eventId.toString()))
                .body("consumer", equalTo(AppliedEffectConsumer.NAME));
        admin().post("/api/admin/parked-events/" + poison.id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("ALREADY_APPLIED"));

        assertThat(times(poison.subject)).isEqualTo(1);
        admin().get("/api/admin/parked-events/" + poison.id).then().statusCode(200)
                .body("replayedAt", notNullValue())
                .body("replayOutcome", equalTo("APPLIED"));
        // a settled event is no longer listed as waiting
        admin().queryParam("consumer", AppliedEffectConsumer.NAME).queryParam("size", 200)
                .get("/api/admin/parked-events").then().statusCode(200)
                .body("items.findAll { it.id == " + poison.id + " }", hasSize(0));
        admin().queryParam("status", "replayed").queryParam("size", 200)
                .get("/api/admin/parked-events").then().statusCode(200)
                .body("items.findAll { it.id == " + poison.id + " }", hasSize(1));
    }

    @Test
    void replayingEveryWaitingEventOfAConsumerAppliesThoseNowFixed() throws Exception {
        String known = "known-" + UUID.randomUUID();
        Parked first = park(known);
        Parked second = park(known);
        db.update("INSERT INTO known_subject (name) VALUES (?)", known);

        admin().queryParam("consumer", AppliedEffectConsumer.NAME).queryParam("limit", 1000)
                .post("/api/admin/parked-events/replay").then().statusCode(200)
                .body("applied", greaterThanOrEqualTo(2))
                .body("results.findAll { it.id == " + first.id + " }.outcome", org.hamcrest.Matchers.contains("APPLIED"))
                .body("results.findAll { it.id == " + second.id + " }.outcome", org.hamcrest.Matchers.contains("APPLIED"));
        assertThat(times(first.subject)).isEqualTo(1);
        assertThat(times(second.subject)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(MetricsScrape.now()
                .has("mentra_inbox_parked_waiting", "consumer", "applied-effect")).isTrue());
    }

    @Test
    void parkedEventsAreListedOldestFirstPageByPage() throws Exception {
        Parked older = park("nobody-" + UUID.randomUUID());
        Parked newer = park("nobody-" + UUID.randomUUID());
        int total = admin().queryParam("consumer", AppliedEffectConsumer.NAME).get("/api/admin/parked-events")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(2))
                .extract().jsonPath().getInt("total");
        admin().queryParam("consumer", AppliedEffectConsumer.NAME).queryParam("size", 1).queryParam("page", total - 1)
                .get("/api/admin/parked-events").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) newer.id))
                .body("items[0].eventId", equalTo(newer.eventId.toString()))
                .body("items[0].topic", equalTo(TOPIC))
                .body("items[0].error", containsString("23503"))
                .body("items[0].transientFailure", equalTo(false));
        admin().queryParam("consumer", AppliedEffectConsumer.NAME).queryParam("size", 1).queryParam("page", total - 2)
                .get("/api/admin/parked-events").then().body("items[0].id", equalTo((int) older.id));
        admin().queryParam("consumer", AppliedEffectConsumer.NAME).queryParam("size", 1).queryParam("page", total)
                .get("/api/admin/parked-events").then().statusCode(200).body("items", hasSize(0));
        admin().queryParam("consumer", "no-such-consumer").get("/api/admin/parked-events").then().statusCode(200)
                .body("total", equalTo(0));
        admin().queryParam("size", 1000).get("/api/admin/parked-events").then().statusCode(400)
                .contentType("application/problem+json");
        admin().queryParam("status", "lost").get("/api/admin/parked-events").then().statusCode(400);
        admin().get("/api/admin/parked-events/987654321").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminsSeeOrReplayParkedEvents() {
        given().get("/api/admin/parked-events").then().statusCode(401)
                .contentType("application/problem+json");
        given().post("/api/admin/parked-events/1/replay").then().statusCode(401);
        given().post("/api/admin/parked-events/replay").then().statusCode(401);
        String mentee = TestTokens.anyUser().roles("mentee", "mentor").sign();
        given().auth().oauth2(mentee).get("/api/admin/parked-events").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(mentee).get("/api/admin/parked-events/1").then().statusCode(403);
        given().auth().oauth2(mentee).post("/api/admin/parked-events/1/replay").then().statusCode(403);
        given().auth().oauth2(mentee).post("/api/admin/parked-events/replay").then().statusCode(403);
    }

    private record Parked(long id, UUID eventId, String subject) {
    }

    /** Sends an event whose effect needs {@code known} to exist, and waits until it is parked. */
    private Parked park(String known) throws Exception {
        String subject = "needs-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(TOPIC, subject, envelope(id, subject, Map.of("mustKnow", known)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM mentra_inbox_parked WHERE event_id = ?::uuid", id.toString()) == 1);
        long rowId = db.count("SELECT id FROM mentra_inbox_parked WHERE event_id = ?::uuid", id.toString());
        return new Parked(rowId, id, subject);
    }

    private long times(String subject) {
        return db.count("SELECT coalesce(max(times), 0) FROM applied_effect WHERE subject = ?", subject);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.anyUser().roles("admin").sign());
    }
}
