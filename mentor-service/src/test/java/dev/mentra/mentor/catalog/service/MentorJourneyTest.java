package dev.mentra.mentor.catalog.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Becoming a mentor, caring for the profile, being reviewed, leaving. */
@QuarkusTest
public class MentorJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();
    private final TestDatabase db = TestDatabase.of("mentor");

    @Test
    void anApprovedApplicationPublishesAHumanMentorForIdentityToPromote() throws Exception {
        String userId = newUserId();
        String token = TestTokens.forUser(userId).name("Rita Applicant").sign();
        String applicationId = apply(token);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(application())
                .post("/api/mentors/applications").then().statusCode(409)
                .body("type", equalTo("https://mentra.dev/problems/application-pending"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).post("/api/mentors/applications/" + applicationId + "/approve")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/mentors/applications").then().statusCode(200)
                .body("id", hasItem(applicationId));
        given().auth().oauth2(TestTokens.anyUser().sign()).get("/api/mentors/applications/" + applicationId)
                .then().statusCode(404);

        String mentorId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("note", "Welcome"))
                .post("/api/mentors/applications/" + applicationId + "/approve")
                .then().statusCode(200)
                .body("kind", equalTo("HUMAN"))
                .body("displayName", equalTo("Rita Applicant"))
                .body("bookable", equalTo(true))
                .extract().jsonPath().getString("id");
        given().get("/api/mentors/" + mentorId).then().statusCode(200).body("sessionMinutes", equalTo(45));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of()).post("/api/mentors/applications/" + applicationId + "/approve")
                .then().statusCode(409);

        try (TopicReader reader = TopicReader.of("mentors.v1")) {
            List<ConsumerRecord<String, String>> events = reader.await(1, r -> r.key().equals(mentorId),
                    Duration.ofSeconds(20));
            assertThat(events).hasSize(1);
            JsonNode event = JSON.readTree(events.get(0).value());
            assertThat(event.get("type").asText()).isEqualTo("mentor.published");
            assertThat(event.get("data").get("kind").asText()).isEqualTo("HUMAN");
            assertThat(event.get("data").get("userId").asText()).isEqualTo(userId);
            assertThat(event.get("data").get("sessionMinutes").asInt()).isEqualTo(45);
        }
    }

    @Test
    void aMentorEditsOnlyTheirOwnProfile() {
        String userId = newUserId();
        String token = TestTokens.forUser(userId).sign();
        given().auth().oauth2(token).get("/api/mentors/me").then().statusCode(404);
        String mentorId = approve(apply(token));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Staff engineer helping seniors grow"))
                .put("/api/mentors/me").then().statusCode(200)
                .body("profile.id", equalTo(mentorId))
                .body("profile.headline", equalTo("Staff engineer helping seniors grow"))
                .body("acuityCalendarId", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sessionMinutes", 5, "timeZone", "Moon/Base"))
                .put("/api/mentors/me").then().statusCode(400).body("errors.field", hasItem("timeZone"));
        // someone else editing "me" edits their own (absent) profile, never this one
        given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .body(Map.of("headline", "Hijacked headline text")).put("/api/mentors/me").then().statusCode(404);
        given().get("/api/mentors/" + mentorId).then().body("headline", equalTo("Staff engineer helping seniors grow"));
        given().contentType(ContentType.JSON).body(Map.of("headline", "Anonymous headline"))
                .put("/api/mentors/me").then().statusCode(401);
    }

    @Test
    void aMenteeReviewsOnlyAfterACompletedSessionOncePerSession() throws Exception {
        String mentorId = approve(apply(TestTokens.forUser(newUserId()).sign()));
        String menteeId = newUserId();
        String mentee = TestTokens.forUser(menteeId).sign();
        Map<String, Object> review = Map.of("rating", 5, "text", "Clear and kind");

        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(review)
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(403)
                .body("type", equalTo("https://mentra.dev/problems/no-completed-session"));

        String completed = bookingCompleted("bkg_" + UUID.randomUUID(), mentorId, menteeId);
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", "bkg", completed);
            writer.send("bookings.v1", "bkg", completed); // redelivered
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM completed_session WHERE mentor_id = ?", mentorId) == 1);

        given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON).body(review)
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(403);
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of("rating", 6))
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(400);
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(review)
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(201).body("rating", equalTo(5));
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(review)
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(403);

        given().get("/api/mentors/" + mentorId).then()
                .body("rating.count", equalTo(1)).body("rating.average", equalTo(5.0f));
        given().get("/api/mentors/" + mentorId + "/reviews").then().body("text", hasItem("Clear and kind"));
    }

    @Test
    void aMentorCannotReviewThemselves() throws Exception {
        String mentorUserId = newUserId();
        String mentorToken = TestTokens.forUser(mentorUserId).sign();
        String mentorId = approve(apply(mentorToken));
        // a session where the mentor was also the mentee (an Acuity appointment made with the mentor's own email)
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", "bkg", bookingCompleted("bkg_" + UUID.randomUUID(), mentorId, mentorUserId));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM completed_session WHERE mentor_id = ?", mentorId) == 1);

        given().auth().oauth2(mentorToken).contentType(ContentType.JSON).body(Map.of("rating", 5, "text", "I am great"))
                .post("/api/mentors/" + mentorId + "/reviews").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/own-review"));
        given().get("/api/mentors/" + mentorId).then().body("rating.count", equalTo(0));
    }

    @Test
    void reviewsArrivingAtOnceAreAllCounted() throws Exception {
        String mentorId = approve(apply(TestTokens.forUser(newUserId()).sign()));
        int[] ratings = {5, 4, 4, 3, 5, 2, 5, 4};
        List<String> mentees = new ArrayList<>();
        try (TopicWriter writer = TopicWriter.create()) {
            for (int i = 0; i < ratings.length; i++) {
                String menteeId = newUserId();
                mentees.add(menteeId);
                writer.send("bookings.v1", "bkg", bookingCompleted("bkg_" + UUID.randomUUID(), mentorId, menteeId));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM completed_session WHERE mentor_id = ?", mentorId) == ratings.length);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ratings.length);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < ratings.length; i++) {
                String token = TestTokens.forUser(mentees.get(i)).sign();
                int rating = ratings[i];
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("rating", rating))
                            .post("/api/mentors/" + mentorId + "/reviews").statusCode();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        // 32 / 8 = 4.00: every review counted, none lost to another written at the same moment
        given().get("/api/mentors/" + mentorId).then()
                .body("rating.count", equalTo(ratings.length)).body("rating.average", equalTo(4.0f));
    }

    @Test
    void aDeletedUsersMentorProfileIsRetired() throws Exception {
        String userId = newUserId();
        String mentorId = approve(apply(TestTokens.forUser(userId).sign()));
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", userId,
                    TestEvents.envelope("user.deleted", userId, Map.of("userId", userId)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/mentors/" + mentorId).then().statusCode(404));
        try (TopicReader reader = TopicReader.of("mentors.v1")) {
            assertThat(reader.await(2, r -> r.key().equals(mentorId), Duration.ofSeconds(20)))
                    .extracting(r -> JSON.readTree(r.value()).get("type").asText())
                    .containsExactly("mentor.published", "mentor.retired");
        }
        given().queryParam("kind", "HUMAN").queryParam("size", 100).get("/api/mentors").then()
                .body("items.id", not(hasItem(mentorId)));
    }

    @Test
    void theDemoMentorAccountGetsItsProfileAndNoOneElseDoesNotEvenWithItsEmail() throws Exception {
        // identity-service gives the demo mentor account this id (demo accounts on); anyone may sign up with its
        // email where demo accounts are off, so the email alone never makes a mentor
        String demo = DemoAccount.MENTOR.userId();
        String sameEmail = newUserId();
        String other = newUserId();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", sameEmail, userCreated(sameEmail, DemoAccount.MENTOR.email(), "Mallory"));
            writer.send("identity.users.v1", other, userCreated(other, "someone@example.org", "Some One"));
            writer.send("identity.users.v1", demo, userCreated(demo, DemoAccount.MENTOR.email(), "Oscar Mentor"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM mentor WHERE user_id = ? AND kind = 'HUMAN' AND active", demo) == 1);
        assertThat(db.count("SELECT count(*) FROM mentor WHERE user_id = ?", sameEmail)).isZero();
        assertThat(db.count("SELECT count(*) FROM mentor WHERE user_id = ?", other)).isZero();
    }

    private static String userCreated(String userId, String email, String name) throws Exception {
        return TestEvents.envelope("user.created", userId,
                Map.of("userId", userId, "email", email, "displayName", name));
    }

    @Test
    void anIncompleteApplicationIsAProblemNamingTheFields() {
        given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .body(Map.of("headline", "short", "expertise", List.of(), "timeZone", "Nowhere"))
                .post("/api/mentors/applications").then().statusCode(400)
                .body("errors.field", hasItem("bio"))
                .body("errors.field", hasItem("headline"))
                .body("errors.field", hasItem("timeZone"));
    }

    public static String newUserId() {
        return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    public static Map<String, Object> application() {
        return Map.of(
                "headline", "Engineering manager for first-time leads",
                "bio", "Twelve years building teams in product companies; I coach new managers through their first year.",
                "expertise", List.of("Leadership", "management", "hiring"),
                "languages", List.of("en", "es"),
                "timeZone", "Europe/Madrid",
                "sessionMinutes", 45,
                "priceCents", 8000,
                "currency", "eur");
    }

    public static String apply(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(application())
                .post("/api/mentors/applications").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("expertise", hasItem("leadership"))
                .extract().jsonPath().getString("id");
    }

    public static String approve(String applicationId) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of()).post("/api/mentors/applications/" + applicationId + "/approve")
                .then().statusCode(200).extract().jsonPath().getString("id");
    }

    private static String bookingCompleted(String bookingId, String mentorId, String menteeId) {
        return TestEvents.envelope("booking.completed", bookingId, Map.of("bookingId", bookingId,
                "mentorId", mentorId, "menteeId", menteeId, "startsAt", "2026-11-24T10:00:00Z",
                "endsAt", "2026-11-24T10:45:00Z"));
    }
}
