package dev.mentra.identity.messaging;

import dev.mentra.identity.testing.Accounts;
import dev.mentra.local.testing.InboxRecords;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** identity-service's consumer never stalls on an event it cannot apply: it is parked and the partition goes on. */
@QuarkusTest
class ParkedEventsTest {

    private final InboxRecords inbox = InboxRecords.of("identity");

    @Test
    void aMentorEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        Accounts.Person pat = Accounts.signUp();
        String poison = TestEvents.envelope("mentor.published", "mentor-poison", Map.of("mentorId", "mentor-poison",
                "kind", List.of("HUMAN", "AI"), "userId", pat.id()));
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", 0, "mentor-poison", poison);
            writer.send("mentors.v1", 0, "mentor-next", TestEvents.envelope("mentor.published", "mentor-next",
                    Map.of("mentorId", "mentor-next", "kind", "HUMAN", "userId", pat.id(), "displayName", "Pat")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().cookie("mentra_session", pat.cookie())
                .post("/api/auth/token").then().statusCode(200).extract().jsonPath()
                .getList("user.roles", String.class).contains("mentor"));
        Map<String, Object> parked = inbox.awaitParked("identity-service.mentors", poison);
        assertThat((String) parked.get("error")).contains("MalformedEventException");
        assertThat(parked).containsEntry("transient", false).containsEntry("kafka_partition", 0)
                .containsEntry("subject", "mentor-poison");
    }
}
