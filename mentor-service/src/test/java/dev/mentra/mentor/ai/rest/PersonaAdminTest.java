package dev.mentra.mentor.ai.rest;

import dev.mentra.mentor.FromChat;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PersonaAdminTest {

    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();

    @Test
    void anAdminCreatesAPersonaWhoseNextAnswerUsesItsNewKnowledge() {
        String id = "ai-negotiation-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(persona("Anchor with a researched number"))
                .put("/api/mentors/ai/" + id).then().statusCode(200)
                .body("kind", equalTo("AI")).body("expertise", hasItem("negotiation"));
        given().get("/api/mentors/" + id).then().statusCode(200).body("displayName", equalTo("Nadia Negotiator"));

        FromChat.given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", "How do I negotiate my salary offer?"))))
                .post("/internal/ai/mentors/" + id + "/replies").then().statusCode(200)
                .body(containsString("Anchor with a researched number"));

        // revised knowledge is used at once
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(persona("Ask for the whole package first"))
                .put("/api/mentors/ai/" + id).then().statusCode(200);
        FromChat.given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", "How do I negotiate my salary offer?"))))
                .post("/internal/ai/mentors/" + id + "/replies").then().statusCode(200)
                .body(containsString("Ask for the whole package first"));
    }

    @Test
    void onlyAdminsManagePersonasAndBadOnesAreProblems() {
        given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON).body(persona("A title here"))
                .put("/api/mentors/ai/ai-not-mine").then().statusCode(403);
        given().contentType(ContentType.JSON).body(persona("A title here"))
                .put("/api/mentors/ai/ai-not-mine").then().statusCode(401);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("displayName", "x"))
                .put("/api/mentors/ai/Bad_Id").then().statusCode(400).contentType("application/problem+json");
    }

    private static Map<String, Object> persona(String firstCardTitle) {
        return Map.of(
                "displayName", "Nadia Negotiator",
                "headline", "Negotiation coach for salary and offers",
                "bio", "I help people prepare for salary conversations and job offers with calm, researched asks.",
                "expertise", List.of("Negotiation", "salary", "offers"),
                "languages", List.of("en"),
                "voice", "Calm and exact.",
                "systemPrompt", "You are Nadia, a negotiation coach. Stay within salary and offer negotiation; ground answers in your cards.",
                "cards", List.of(
                        Map.of("title", firstCardTitle, "tags", List.of("salary", "negotiation"),
                                "body", "Before any salary negotiation, research the market range for the role and anchor your ask with a specific, researched number."),
                        Map.of("title", "Get the offer in writing", "tags", List.of("offer"),
                                "body", "Ask for the full offer in writing before you negotiate, so you compare salary, equity and benefits as a whole.")));
    }
}
