package dev.mentra.identity.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.testing.ClerkStandIn;
import dev.mentra.identity.testing.TestClock;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.mentra.identity.testing.ClerkStandIn.clerk;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clerk mode: Clerk issues the tokens (here {@link TestTokens}, verified through a stand-in JWKS), Svix-signed
 * webhooks keep the directory in sync, and role changes are written back through a stand-in of Clerk's Backend API.
 */
@QuarkusTest
@TestProfile(ClerkModeTest.ClerkMode.class)
class ClerkModeTest {

    static final String WEBHOOK_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString("clerk-test-secret-0123456789".getBytes());

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("identity");
    private final SvixSignature svix = new SvixSignature(WEBHOOK_SECRET);

    public static class ClerkMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mentra.identity.mode", "clerk",
                    "mentra.identity.clerk.webhook-secret", WEBHOOK_SECRET,
                    "mentra.identity.clerk.role-sync-interval", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(dev.mentra.local.testing.TokenTestResource.class),
                    new TestResourceEntry(ClerkStandIn.class));
        }
    }

    @BeforeEach
    void clerkAnswers() {
        clerk().resetAll();
        clerk().stubFor(patch(urlMatching("/v1/users/.*/metadata")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"object\":\"user\"}")));
    }

    @Test
    void userCreatedThenUpdatedWebhooksUpsertTheUserFromClerksUserObject() {
        String id = clerkId();
        deliver("user.created", clerkUser(id, "Ana", "Lima", "ana@example.org", List.of(), 1_000)).then().statusCode(204);
        deliver("user.updated", clerkUser(id, "Ana", "Souza", "ana.souza@example.org", List.of("mentor"), 2_000))
                .then().statusCode(204);

        var row = db.rows("SELECT email, display_name, roles::text AS roles, avatar_url FROM app_user WHERE id = ?", id).get(0);
        assertThat(row.get("email")).isEqualTo("ana.souza@example.org");
        assertThat(row.get("display_name")).isEqualTo("Ana Souza");
        assertThat(row.get("roles")).isEqualTo("{mentee,mentor}");
        assertThat(row.get("avatar_url")).isEqualTo("https://img.clerk.com/" + id);
    }

    @Test
    void aLateOlderUpdateChangesNothing() {
        String id = clerkId();
        deliver("user.created", clerkUser(id, "Bo", "New", "bo@example.org", List.of(), 5_000)).then().statusCode(204);
        deliver("user.updated", clerkUser(id, "Bo", "Old", "bo-old@example.org", List.of(), 4_000)).then().statusCode(204);
        assertThat(db.rows("SELECT display_name FROM app_user WHERE id = ?", id).get(0).get("display_name")).isEqualTo("Bo New");
    }

    @Test
    void theSameDeliveryTwiceHasOneEffect() {
        String id = clerkId();
        String body = envelope("user.created", clerkUser(id, "Cy", "Once", "cy@example.org", List.of(), 1_000));
        String svixId = "msg_" + UUID.randomUUID();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        for (int i = 0; i < 2; i++) {
            given().header("svix-id", svixId).header("svix-timestamp", timestamp)
                    .header("svix-signature", svix.signatureFor(svixId, timestamp, body))
                    .contentType(ContentType.JSON).body(body).post("/webhooks/clerk").then().statusCode(204);
        }
        assertThat(db.count("SELECT count(*) FROM mentra_outbox WHERE message_key = ?", id)).isEqualTo(1);
        // recorded once, by its svix-id, in the platform inbox (the one record of applied deliveries)
        assertThat(db.count("SELECT count(*) FROM mentra_inbox WHERE consumer = 'clerk-webhooks'"
                + " AND event_id = mentra_inbox_key(?) AND event_type = 'user.created'", svixId)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'clerk_delivery'"))
                .isZero();
    }

    @Test
    void webhooksAreCheckedAndAppliedAtTheApplicationsTime() {
        // behind, so that the user written here never looks newer than other tests' users
        Duration behind = Duration.ofDays(-2);
        TestClock.shift(behind);
        try {
            String id = clerkId();
            String body = envelope("user.created", clerkUser(id, "Di", "Later", "di@example.org", List.of(), 1_000));
            String svixId = "msg_" + UUID.randomUUID();
            // signed two days before the machine's time: only fresh by the application's clock
            String timestamp = Long.toString(Instant.now().plus(behind).getEpochSecond());
            given().header("svix-id", svixId).header("svix-timestamp", timestamp)
                    .header("svix-signature", svix.signatureFor(svixId, timestamp, body))
                    .contentType(ContentType.JSON).body(body).post("/webhooks/clerk").then().statusCode(204);
            long created = db.count("SELECT extract(epoch FROM created_at)::bigint FROM app_user WHERE id = ?", id);
            assertThat(created).isCloseTo(Instant.now().plus(behind).getEpochSecond(),
                    org.assertj.core.data.Offset.offset(60L));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void tamperedOldOrWronglySignedWebhooksAreRefusedAndWriteNothing() {
        String id = clerkId();
        String body = envelope("user.created", clerkUser(id, "Dee", "Fake", "dee@example.org", List.of("admin"), 1_000));
        String svixId = "msg_" + UUID.randomUUID();
        String now = Long.toString(Instant.now().getEpochSecond());
        String signature = svix.signatureFor(svixId, now, body);

        // tampered body
        given().header("svix-id", svixId).header("svix-timestamp", now).header("svix-signature", signature)
                .body(body.replace("Fake", "Real")).post("/webhooks/clerk")
                .then().statusCode(401).contentType("application/problem+json");
        // replayed from long ago (signature valid for that old timestamp)
        String old = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
        given().header("svix-id", svixId).header("svix-timestamp", old)
                .header("svix-signature", svix.signatureFor(svixId, old, body))
                .body(body).post("/webhooks/clerk").then().statusCode(401);
        // signed with another secret
        SvixSignature stranger = new SvixSignature("whsec_" + java.util.Base64.getEncoder().encodeToString("another".getBytes()));
        given().header("svix-id", svixId).header("svix-timestamp", now)
                .header("svix-signature", stranger.signatureFor(svixId, now, body))
                .body(body).post("/webhooks/clerk").then().statusCode(401);
        // no signature at all
        given().body(body).post("/webhooks/clerk").then().statusCode(401);

        assertThat(db.count("SELECT count(*) FROM app_user WHERE id = ?", id)).isZero();
        // several signatures (secret rotation): one valid one is enough
        given().header("svix-id", svixId).header("svix-timestamp", now)
                .header("svix-signature", stranger.signatureFor(svixId, now, body) + " " + signature)
                .body(body).post("/webhooks/clerk").then().statusCode(204);
        assertThat(db.count("SELECT count(*) FROM app_user WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void userDeletedSoftDeletesAndTellsTheOthers() throws Exception {
        String id = clerkId();
        deliver("user.created", clerkUser(id, "Eve", "Gone", "eve@example.org", List.of(), 1_000)).then().statusCode(204);
        deliver("user.deleted", Map.of("id", id, "object", "user", "deleted", true)).then().statusCode(204);

        assertThat(db.count("SELECT count(*) FROM app_user WHERE id = ? AND deleted_at IS NOT NULL", id)).isEqualTo(1);
        try (TopicReader reader = TopicReader.of("identity.users.v1")) {
            var events = reader.await(2, r -> r.key().equals(id), Duration.ofSeconds(20));
            assertThat(events).extracting(r -> JSON.readTree(r.value()).get("type").asText())
                    .containsExactly("user.created", "user.deleted");
        }
    }

    @Test
    void aClerkTokenIsEnoughToHaveAnAccountEvenBeforeTheWebhook() {
        String id = clerkId();
        given().header("Authorization", "Bearer " + TestTokens.forUser(id).email("early@example.org").name("Early Bird").sign())
                .get("/api/me").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id))
                .body("email", org.hamcrest.Matchers.equalTo("early@example.org"));
    }

    @Test
    void roleChangesAreWrittenToClerksPublicMetadata() {
        String id = clerkId();
        deliver("user.created", clerkUser(id, "Fay", "Mentor", "fay@example.org", List.of(), 1_000)).then().statusCode(204);
        given().header("Authorization", "Bearer " + TestTokens.anyUser().roles("mentee", "admin").sign())
                .contentType(ContentType.JSON).body(Map.of("roles", List.of("mentee", "mentor")))
                .put("/api/users/" + id + "/roles").then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> clerk().verify(patchRequestedFor(urlEqualTo("/v1/users/" + id + "/metadata"))
                .withHeader("Authorization", equalTo("Bearer sk_test_mentra"))
                .withRequestBody(equalToJson("{\"public_metadata\":{\"roles\":[\"mentee\",\"mentor\"]}}"))));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                db.count("SELECT count(*) FROM app_user WHERE id = ? AND NOT clerk_roles_pending", id) == 1);
    }

    @Test
    void clerkBeingDownDelaysTheRoleSyncButDoesNotLoseIt() {
        String id = clerkId();
        deliver("user.created", clerkUser(id, "Gus", "Later", "gus@example.org", List.of(), 1_000)).then().statusCode(204);
        clerk().resetAll();
        clerk().stubFor(patch(urlMatching("/v1/users/.*/metadata")).willReturn(aResponse().withStatus(503)));
        given().header("Authorization", "Bearer " + TestTokens.anyUser().roles("mentee", "admin").sign())
                .contentType(ContentType.JSON).body(Map.of("roles", List.of("mentee", "mentor")))
                .put("/api/users/" + id + "/roles").then().statusCode(200);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                db.count("SELECT count(*) FROM app_user WHERE id = ? AND clerk_roles_pending", id) == 1);

        clerkAnswers();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                db.count("SELECT count(*) FROM app_user WHERE id = ? AND NOT clerk_roles_pending", id) == 1);
    }

    @Test
    void webhookDeliveriesAreCountedAcceptedOrRefused() {
        MetricsScrape before = MetricsScrape.now();
        deliver("user.created", clerkUser(clerkId(), "Mo", "Metric", "mo@example.org", List.of(), 1_000))
                .then().statusCode(204);
        given().body(envelope("user.created", Map.of())).post("/webhooks/clerk").then().statusCode(401);

        MetricsScrape after = MetricsScrape.now();
        assertThat(after.value("mentra_webhook_deliveries_total", "webhook", "clerk", "outcome", "accepted")
                - before.value("mentra_webhook_deliveries_total", "webhook", "clerk", "outcome", "accepted")).isEqualTo(1);
        assertThat(after.value("mentra_webhook_deliveries_total", "webhook", "clerk", "outcome", "refused")
                - before.value("mentra_webhook_deliveries_total", "webhook", "clerk", "outcome", "refused")).isEqualTo(1);
    }

    @Test
    void localSignInIsOffInClerkMode() {
        given().contentType(ContentType.JSON).body(Map.of("email", "x@example.org", "password", "whatever password"))
                .post("/api/auth/sign-in").then().statusCode(404).contentType("application/problem+json");
    }

    private io.restassured.response.Response deliver(String type, Map<String, Object> data) {
        String body = envelope(type, data);
        String svixId = "msg_" + UUID.randomUUID();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return given().header("svix-id", svixId).header("svix-timestamp", timestamp)
                .header("svix-signature", svix.signatureFor(svixId, timestamp, body))
                .contentType(ContentType.JSON).body(body).post("/webhooks/clerk");
    }

    private static String envelope(String type, Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(Map.of("data", data, "object", "event", "type", type,
                    "timestamp", Instant.now().toEpochMilli()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clerk's User object, with the fields identity reads (as in Clerk's webhook payloads). */
    private static Map<String, Object> clerkUser(String id, String first, String last, String email, List<String> roles,
                                                 long updatedAt) {
        String emailId = "idn_" + UUID.randomUUID().toString().replace("-", "");
        return Map.of(
                "id", id, "object", "user",
                "first_name", first, "last_name", last,
                "image_url", "https://img.clerk.com/" + id,
                "primary_email_address_id", emailId,
                "email_addresses", List.of(
                        Map.of("id", "idn_other", "email_address", "secondary@example.org", "object", "email_address"),
                        Map.of("id", emailId, "email_address", email, "object", "email_address")),
                "public_metadata", Map.of("roles", roles),
                "created_at", 1_000, "updated_at", updatedAt);
    }

    private static String clerkId() {
        return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }
}
