package dev.mentra.identity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.testing.Accounts;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class UserDirectoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("identity");

    @Test
    void aPersonChangesTheirProfileAndTheOthersHearOfIt() throws Exception {
        Accounts.Person pat = Accounts.signUp();
        given().header("Authorization", Accounts.bearer(pat)).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Pat Q. Example", "timeZone", "America/Sao_Paulo",
                        "avatarUrl", "https://images.example.org/pat.png"))
                .patch("/api/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Pat Q. Example"))
                .body("timeZone", equalTo("America/Sao_Paulo"))
                .body("avatarUrl", equalTo("https://images.example.org/pat.png"));

        try (TopicReader reader = TopicReader.of("identity.users.v1")) {
            List<ConsumerRecord<String, String>> events = reader.await(2, r -> r.key().equals(pat.id()),
                    Duration.ofSeconds(20));
            assertThat(events).extracting(r -> JSON.readTree(r.value()).get("type").asText())
                    .containsExactly("user.created", "user.updated");
            JsonNode updated = JSON.readTree(events.get(1).value()).get("data");
            assertThat(updated.get("userId").asText()).isEqualTo(pat.id());
            assertThat(updated.get("displayName").asText()).isEqualTo("Pat Q. Example");
            assertThat(updated.get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
        }
    }

    @Test
    void badProfileChangesAreProblemsAndChangeNothing() {
        Accounts.Person pat = Accounts.signUp();
        given().header("Authorization", Accounts.bearer(pat)).contentType(ContentType.JSON)
                .body(Map.of("displayName", " ", "timeZone", "Nowhere/City", "avatarUrl", "javascript:alert(1)"))
                .patch("/api/me")
                .then().statusCode(400)
                .body("errors.field", hasItems("displayName", "timeZone", "avatarUrl"));
        given().header("Authorization", Accounts.bearer(pat)).get("/api/me").then()
                .body("displayName", equalTo("Pat Example")).body("timeZone", equalTo("Europe/Lisbon"));
    }

    @Test
    void othersSeeOnlyThePublicProfile() {
        Accounts.Person pat = Accounts.signUp();
        Accounts.Person sam = Accounts.signUp();
        given().header("Authorization", Accounts.bearer(sam)).get("/api/users/" + pat.id())
                .then().statusCode(200)
                .body("id", equalTo(pat.id()))
                .body("displayName", equalTo("Pat Example"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("timeZone")))
                .body("$", not(hasKey("roles")));
        given().header("Authorization", Accounts.bearer(sam)).get("/api/users/user_doesnotexist").then().statusCode(404);
        given().get("/api/users/" + pat.id()).then().statusCode(401);
    }

    @Test
    void onlyAnAdminSetsRolesAndTheNextTokenCarriesThem() {
        Accounts.Person pat = Accounts.signUp();
        Accounts.Person admin = admin();

        given().header("Authorization", Accounts.bearer(pat)).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("mentee", "admin")))
                .put("/api/users/" + pat.id() + "/roles")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Accounts.bearer(pat)).get("/api/me").then().body("roles", contains("mentee"));

        given().header("Authorization", Accounts.bearer(admin)).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("mentee", "mentor")))
                .put("/api/users/" + pat.id() + "/roles")
                .then().statusCode(200).body("roles", containsInAnyOrder("mentee", "mentor"));
        given().header("Authorization", Accounts.bearer(admin)).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("wizard")))
                .put("/api/users/" + pat.id() + "/roles")
                .then().statusCode(400).body("type", equalTo("https://mentra.dev/problems/invalid-roles"));
        given().header("Authorization", Accounts.bearer(admin)).get("/api/users/" + pat.id())
                .then().body("email", equalTo(pat.email()));

        String renewed = Accounts.renew(pat);
        given().header("Authorization", "Bearer " + renewed).get("/api/me").then()
                .body("roles", containsInAnyOrder("mentee", "mentor"));
    }

    @Test
    void aPublishedHumanMentorBecomesAMentorOnceAndARetiredOneStopsBeing() throws Exception {
        Accounts.Person pat = Accounts.signUp();
        String published = mentorEvent("mentor.published", pat.id());
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", "mentor-1", published);
            writer.send("mentors.v1", "mentor-1", published); // redelivered
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> roles(pat).contains("mentor"));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
                "SELECT count(*) FROM mentra_inbox WHERE event_id = ?::uuid", JSON.readTree(published).get("id").asText()) == 1);
        assertThat(db.count("SELECT count(*) FROM mentra_outbox WHERE message_key = ? AND event_type = 'user.updated'",
                pat.id())).isEqualTo(1);

        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", "mentor-1", mentorEvent("mentor.retired", pat.id()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !roles(pat).contains("mentor"));
    }

    @Test
    void aDeletedAccountCanNoLongerRenewItsSession() {
        Accounts.Person pat = Accounts.signUp();
        db.update("UPDATE app_user SET deleted_at = now() WHERE id = ?", pat.id());
        given().cookie("mentra_session", pat.cookie()).post("/api/auth/token").then().statusCode(401);
        given().header("Authorization", Accounts.bearer(pat)).get("/api/me").then().statusCode(404);
    }

    @Test
    void rotatedKeysStayPublishedWhileTheirTokensLiveThenGo() throws Exception {
        Accounts.Person pat = Accounts.signUp();
        String oldKid = kid(pat.token());
        // the current key turns due for rotation
        db.update("UPDATE signing_key SET created_at = now() - interval '400 days' WHERE kid = ?", oldKid);

        Accounts.Person sam = Accounts.signUp();
        String newKid = kid(sam.token());
        assertThat(newKid).isNotEqualTo(oldKid);
        given().get("/.well-known/jwks.json").then().body("keys.kid", hasItems(oldKid, newKid));
        // a token signed by the retired key still works until it expires
        given().header("Authorization", Accounts.bearer(pat)).get("/api/me").then().statusCode(200);

        db.update("UPDATE signing_key SET retired_at = now() - interval '1 day' WHERE kid = ?", oldKid);
        given().get("/.well-known/jwks.json").then().body("keys.kid", not(hasItems(oldKid)))
                .body("keys.kid", hasItems(newKid));
    }

    private Accounts.Person admin() {
        Accounts.Person person = Accounts.signUp();
        db.update("UPDATE app_user SET roles = ARRAY['admin','mentee'] WHERE id = ?", person.id());
        return person.withToken(Accounts.renew(person));
    }

    private List<String> roles(Accounts.Person person) {
        return given().header("Authorization", "Bearer " + Accounts.renew(person)).get("/api/me")
                .then().statusCode(200).extract().jsonPath().getList("roles", String.class);
    }

    private static String mentorEvent(String type, String userId) throws Exception {
        return dev.mentra.local.testing.TestEvents.envelope(type, "mentor-1",
                Map.of("mentorId", "mentor-1", "kind", "HUMAN", "userId", userId, "displayName", "Pat"));
    }

    private static String kid(String token) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0])).get("kid").asText();
    }

}
