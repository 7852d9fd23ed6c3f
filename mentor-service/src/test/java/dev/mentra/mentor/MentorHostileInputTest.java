package dev.mentra.mentor;

import dev.mentra.local.testing.HostileInputContract;
import dev.mentra.local.testing.HostileRoute;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicWriter;
import dev.mentra.mentor.catalog.service.MentorJourneyTest;
import dev.mentra.platform.security.InternalCallers;
import dev.mentra.platform.validation.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The hostile-input table against every write and paging route of mentor-service: search and reviews (paged), the
 * own profile, applications (and the admins' listing by status) and their decisions, retiring, reviewing, councils, AI personas, and the internal
 * streaming AI API.
 */
@QuarkusTest
class MentorHostileInputTest extends HostileInputContract {

    private static final String PERSONA = """
                        {"displayName": "Nadia Negotiator", "headline": "Negotiation coach for salary and offers",
                         "bio": "I help people prepare for salary conversations and job offers with calm, researched asks.",
                         "expertise": ["Negotiation", "salary"], "languages": ["en"], "voice": "Calm and exact.",
                         "systemPrompt": "You are Nadia, a negotiation coach. Stay within salary and offer negotiation; ground answers in your cards.",
                         "cards": [{"title": "Anchor with a researched number", "tags": ["salary"],
                                    "body": "Before any salary negotiation, research the market range and anchor your ask with a specific number."}]}""";

    private static final String QUESTION = """
            {"messages": [{"speaker": "PERSON", "text": "How do I start saving money each month?"}]}""";

    @Override
    protected List<HostileRoute> routes() {
        String mentorUser = MentorJourneyTest.newUserId();
        String mentorId = MentorJourneyTest.approve(MentorJourneyTest.apply(token(mentorUser).get()));
        String retiringId = MentorJourneyTest.approve(MentorJourneyTest.apply(token(MentorJourneyTest.newUserId()).get()));
        String toApprove = MentorJourneyTest.apply(token(MentorJourneyTest.newUserId()).get());
        String toDecline = MentorJourneyTest.apply(token(MentorJourneyTest.newUserId()).get());
        String menteeUser = MentorJourneyTest.newUserId();
        completedSession(mentorId, menteeUser);
        String councilOwner = MentorJourneyTest.newUserId();
        String councilId = given().auth().oauth2(token(councilOwner).get()).contentType(ContentType.JSON)
                .body(Map.of("name", "To be deleted", "memberIds", List.of("ai-startups", "ai-product")))
                .post("/api/councils").then().statusCode(201).extract().jsonPath().getString("id");
        Supplier<String> admin = () -> "Bearer " + TestTokens.anyUser().roles("mentee", "admin").sign();
        String personaId = "ai-hostile-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", admin.get()).contentType(ContentType.JSON).body(PERSONA)
                .put("/api/mentors/ai/" + personaId).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        return List.of(
                HostileRoute.get("/api/mentors").query("q", "career").query("kind", "AI")
                        .query("expertise", "leadership").query("language", "en").query("sort", "relevance")
                        .page("page", Paging.MAX_PAGE).size("size", 100),
                HostileRoute.get("/api/mentors/{id}/reviews").pathParam("id", mentorId)
                        .page("page", Paging.MAX_PAGE).size("size", 100),
                HostileRoute.put("/api/mentors/me").authorization(bearer(mentorUser)).json("""
                        {"headline": "Engineering manager for first-time leads",
                         "bio": "Twelve years building teams in product companies; I coach new managers through their first year.",
                         "expertise": ["leadership", "hiring"], "languages": ["en", "es"], "timeZone": "Europe/Madrid",
                         "sessionMinutes": 60, "priceCents": 9000, "currency": "eur"}"""),
                HostileRoute.post("/api/mentors/applications").authorization(bearer(MentorJourneyTest.newUserId()))
                        .json("""
                                {"displayName": "Rita Applicant", "headline": "Engineering manager for first-time leads",
                                 "bio": "Twelve years building teams in product companies; I coach new managers through their first year.",
                                 "expertise": ["Leadership", "hiring"], "languages": ["en"], "timeZone": "Europe/Madrid",
                                 "sessionMinutes": 45, "priceCents": 8000, "currency": "eur"}"""),
                HostileRoute.get("/api/mentors/applications").authorization(admin).query("status", "PENDING"),
                HostileRoute.post("/api/mentors/applications/{id}/approve").pathParam("id", toApprove)
                        .authorization(admin).json("{\"note\": \"Welcome\"}").optionalBody(),
                HostileRoute.post("/api/mentors/applications/{id}/decline").pathParam("id", toDecline)
                        .authorization(admin).json("{\"note\": \"Not this time\"}").optionalBody(),
                HostileRoute.post("/api/mentors/{id}/retire").pathParam("id", retiringId).authorization(admin),
                HostileRoute.post("/api/mentors/{id}/reviews").pathParam("id", mentorId)
                        .authorization(bearer(menteeUser)).json("{\"rating\": 5, \"text\": \"Clear and kind\"}"),
                HostileRoute.post("/api/councils").authorization(bearer(MentorJourneyTest.newUserId())).json("""
                        {"name": "My money council", "purpose": "Saving and spending",
                         "memberIds": ["ai-startups", "ai-product"], "chairId": "ai-startups"}"""),
                HostileRoute.delete("/api/councils/{id}").pathParam("id", councilId).authorization(bearer(councilOwner)),
                HostileRoute.put("/api/mentors/ai/{id}").pathParam("id", personaId).authorization(admin).json(PERSONA),
                HostileRoute.post("/internal/ai/mentors/{mentorId}/replies").pathParam("mentorId", "ai-finance")
                        .header(InternalCallers.HEADER, () -> FromChat.CREDENTIAL)
                        .authorization(bearer(MentorJourneyTest.newUserId())).json(QUESTION),
                HostileRoute.post("/internal/ai/councils/{councilId}/sessions").pathParam("councilId", "council-career")
                        .header(InternalCallers.HEADER, () -> FromChat.CREDENTIAL)
                        .authorization(bearer(MentorJourneyTest.newUserId())).json(QUESTION),
                // an admin trying a persona: the same engine, nothing stored
                HostileRoute.post("/api/mentors/ai/{id}/try").pathParam("id", "ai-finance").authorization(admin)
                        .json(QUESTION),
                HostileRoute.get("/api/mentors/ai/{id}/cards").pathParam("id", "ai-finance").authorization(admin)
                        .query("q", "budget").query("status", "all"),
                HostileRoute.post("/api/mentors/ai/{id}/cards").pathParam("id", personaId).authorization(admin)
                        .json("""
                                {"title": "Name your walk-away number", "tags": ["salary"],
                                 "body": "Decide the lowest offer you would accept before the conversation starts."}"""),
                HostileRoute.post("/api/councils/curated").authorization(admin).json("""
                        {"name": "Money matters", "purpose": "Budgeting and salary questions, answered together.",
                         "memberIds": ["ai-finance", "ai-startups"], "chairId": "ai-finance"}"""));
    }

    /** A token signed for each request: the run can outlast one token's five minutes. */
    private static Supplier<String> bearer(String userId) {
        return () -> "Bearer " + token(userId).get();
    }

    private static Supplier<String> token(String userId) {
        return () -> TestTokens.forUser(userId).sign();
    }

    private static void completedSession(String mentorId, String menteeId) {
        String bookingId = "bkg_" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", bookingId, TestEvents.envelope("booking.completed", bookingId, Map.of(
                    "bookingId", bookingId, "mentorId", mentorId, "menteeId", menteeId,
                    "startsAt", "2026-11-24T10:00:00Z", "endsAt", "2026-11-24T10:45:00Z")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.of("mentor")
                .count("SELECT count(*) FROM completed_session WHERE mentor_id = ?", mentorId) == 1);
    }
}
