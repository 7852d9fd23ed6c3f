package dev.mentra.mentor.ai.rest;

import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Admins curate a persona's advice cards one by one and try the persona out; nobody else can. */
@QuarkusTest
class PersonaCardsTest {

    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();
    private static final String MENTEE = TestTokens.anyUser().roles("mentee").sign();
    private static final String QUESTION = "How do I negotiate my salary offer?";
    /** Closest to the anchoring card, of the two. */
    private static final String ANCHOR_QUESTION = "How do I anchor my salary ask with a researched number?";
    private static final String ANCHOR = "Anchor with a researched number";
    private static final String WRITING = "Get the offer in writing";

    private final TestDatabase db = TestDatabase.of("mentor");

    @Test
    void aCardAddedIsUsedAtOnceARetiredCardNoLongerAndARestoredOneAgain() {
        String id = newPersonaWithoutCards();
        given().auth().oauth2(ADMIN).get("/api/mentors/ai/" + id + "/cards").then().statusCode(200).body("$", empty());

        String anchor = addCard(id, ANCHOR, "Before any salary negotiation, research the market range for the role and "
                + "anchor your ask with a specific, researched number.", List.of("salary", "negotiation"));
        String writing = addCard(id, WRITING, "Ask for the full offer in writing before you negotiate, so you compare "
                + "salary, equity and benefits as a whole.", List.of("offer"));
        assertThat(anchor).isEqualTo(id + "-01");
        assertThat(writing).isEqualTo(id + "-02");

        assertThat(tryIt(id, ANCHOR_QUESTION)).contains(ANCHOR).contains("\"cardIds\":[\"" + anchor + "\"");

        given().auth().oauth2(ADMIN).post("/api/mentors/ai/" + id + "/cards/" + anchor + "/retire").then().statusCode(200)
                .body("retired", equalTo(true)).body("retiredAt", not(nullValue()));
        String withoutAnchor = tryIt(id, ANCHOR_QUESTION);
        assertThat(withoutAnchor).doesNotContain(ANCHOR).doesNotContain(anchor + "\"");
        given().auth().oauth2(ADMIN).get("/api/mentors/ai/" + id).then().statusCode(200)
                .body("cards", equalTo(1)).body("retiredCards", equalTo(1));

        given().auth().oauth2(ADMIN).post("/api/mentors/ai/" + id + "/cards/" + anchor + "/restore").then().statusCode(200)
                .body("retired", equalTo(false));
        assertThat(tryIt(id, ANCHOR_QUESTION)).contains(ANCHOR);
    }

    @Test
    void anEditedCardIsAnsweredWithItsNewWords() {
        String id = newPersonaWithoutCards();
        String card = addCard(id, ANCHOR, "Before any salary negotiation, research the market range for the role and "
                + "anchor your ask with a specific, researched number.", List.of("salary"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Name your number first", "tags", List.of("salary", "Anchoring"),
                        "body", "In a salary negotiation, say a specific researched number first; the first number anchors the talk."))
                .put("/api/mentors/ai/" + id + "/cards/" + card).then().statusCode(200)
                .body("id", equalTo(card)).body("title", equalTo("Name your number first"))
                .body("tags", equalTo(List.of("salary", "anchoring")));
        assertThat(tryIt(id, QUESTION)).contains("Name your number first").doesNotContain(ANCHOR);
    }

    @Test
    void cardsAreFoundByEveryWordOfTheSearchInTheirTitleAdviceOrTagsAndByStatus() {
        String id = newPersonaWithoutCards();
        String anchor = addCard(id, ANCHOR, "Research the market range for the role and anchor your ask high.", List.of("salary"));
        String writing = addCard(id, WRITING, "Ask for the full offer in writing so you compare it as a whole.", List.of("offer", "equity"));
        given().auth().oauth2(ADMIN).post("/api/mentors/ai/" + id + "/cards/" + writing + "/retire").then().statusCode(200);

        cards(id, "market ANCHOR", "all").body("id", equalTo(List.of(anchor)));
        cards(id, "equity", "all").body("id", equalTo(List.of(writing)));
        cards(id, "market writing", "all").body("$", empty());
        cards(id, null, "active").body("id", equalTo(List.of(anchor)));
        cards(id, null, "retired").body("id", equalTo(List.of(writing)));
        cards(id, "  ", "all").body("id", equalTo(List.of(anchor, writing)));
    }

    @Test
    void savingAPersonaWithoutCardsKeepsItsCardsAndAdminsSeeEveryPersonaWithItsInstructions() {
        String id = newPersonaWithoutCards();
        addCard(id, ANCHOR, "Research the market range for the role and anchor your ask high.", List.of("salary"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(persona("Nadia, revised"))
                .put("/api/mentors/ai/" + id).then().statusCode(200).body("displayName", equalTo("Nadia, revised"));
        cards(id, null, "all").body("title", equalTo(List.of(ANCHOR)));

        given().auth().oauth2(ADMIN).get("/api/mentors/ai").then().statusCode(200)
                .body("id", hasItem(id)).body("id", hasItem("ai-finance"))
                .body("find { it.id == '" + id + "' }.cards", equalTo(1));
        given().auth().oauth2(ADMIN).get("/api/mentors/ai/" + id).then().statusCode(200)
                .body("systemPrompt", startsWith("You are Nadia")).body("active", equalTo(true));
        // the public profile never shows the instructions
        given().get("/api/mentors/" + id).then().statusCode(200).body("systemPrompt", nullValue());
    }

    @Test
    void tryingAPersonaStreamsTheEnginesAnswerAndStoresNothing() {
        String id = newPersonaWithoutCards();
        addCard(id, ANCHOR, "Before any salary negotiation, research the market range for the role and anchor your ask.",
                List.of("salary"));
        long outbox = db.count("SELECT count(*) FROM mentra_outbox");
        var updated = db.rows("SELECT updated_at FROM mentor WHERE id = ?", id).get(0).get("updated_at");

        String body = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(
                        Map.of("speaker", "PERSON", "text", "I got an offer."),
                        Map.of("speaker", "MENTOR", "text", "Congratulations! What would you like to know?"),
                        Map.of("speaker", "PERSON", "text", QUESTION))))
                .post("/api/mentors/ai/" + id + "/try").then().statusCode(200)
                .contentType(containsString("text/event-stream"))
                .extract().asString();
        assertThat(body).contains("\"type\":\"delta\"").contains("\"type\":\"final\"").contains("\"mode\":\"offline\"");

        assertThat(db.count("SELECT count(*) FROM mentra_outbox")).isEqualTo(outbox);
        assertThat(db.rows("SELECT updated_at FROM mentor WHERE id = ?", id).get(0).get("updated_at")).isEqualTo(updated);
    }

    @Test
    void everyPersonaAdminRouteRefusesAMenteeAndAnyoneSignedOut() {
        String id = newPersonaWithoutCards();
        String card = addCard(id, ANCHOR, "Research the market range for the role and anchor your ask high.", List.of("salary"));
        Map<String, Object> cardBody = Map.of("title", "A title", "body", "Long enough advice for a card body here.");
        Map<String, Object> question = Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", QUESTION)));
        for (String token : new String[]{MENTEE, null}) {
            int status = token == null ? 401 : 403;
            java.util.function.Supplier<io.restassured.specification.RequestSpecification> as =
                    () -> token == null ? given() : given().auth().oauth2(token);
            as.get().get("/api/mentors/ai").then().statusCode(status);
            as.get().get("/api/mentors/ai/" + id).then().statusCode(status);
            as.get().contentType(ContentType.JSON).body(persona("Taken over")).put("/api/mentors/ai/" + id).then().statusCode(status);
            as.get().get("/api/mentors/ai/" + id + "/cards").then().statusCode(status);
            as.get().contentType(ContentType.JSON).body(cardBody).post("/api/mentors/ai/" + id + "/cards").then().statusCode(status);
            as.get().contentType(ContentType.JSON).body(cardBody).put("/api/mentors/ai/" + id + "/cards/" + card).then().statusCode(status);
            as.get().post("/api/mentors/ai/" + id + "/cards/" + card + "/retire").then().statusCode(status);
            as.get().post("/api/mentors/ai/" + id + "/cards/" + card + "/restore").then().statusCode(status);
            as.get().contentType(ContentType.JSON).body(question).post("/api/mentors/ai/" + id + "/try").then().statusCode(status);
        }
        // nothing changed
        cards(id, null, "all").body("title", equalTo(List.of(ANCHOR))).body("retired", equalTo(List.of(false)));
        given().get("/api/mentors/" + id).then().body("displayName", equalTo("Nadia Negotiator"));
    }

    @Test
    void badCardsAndSearchesAreProblemsAndOtherPersonasCardsAreNotFound() {
        String id = newPersonaWithoutCards();
        String card = addCard(id, ANCHOR, "Research the market range for the role and anchor your ask high.", List.of("salary"));
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Short", "body", "Too short"))
                .post("/api/mentors/ai/" + id + "/cards").then(), 400);
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(121), "body", "Long enough advice for a card body here."))
                .post("/api/mentors/ai/" + id + "/cards").then(), 400);
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Tags", "body", "Long enough advice for a card body here.",
                        "tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")))
                .put("/api/mentors/ai/" + id + "/cards/" + card).then(), 400);
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Body", "body", "y".repeat(2001)))
                .put("/api/mentors/ai/" + id + "/cards/" + card).then(), 400);
        problem(given().auth().oauth2(ADMIN).queryParam("q", "q".repeat(201))
                .get("/api/mentors/ai/" + id + "/cards").then(), 400);
        problem(given().auth().oauth2(ADMIN).queryParam("status", "deleted")
                .get("/api/mentors/ai/" + id + "/cards").then(), 400);
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", "z".repeat(4001)))))
                .post("/api/mentors/ai/" + id + "/try").then(), 400);
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("messages", List.of()))
                .post("/api/mentors/ai/" + id + "/try").then(), 400);

        problem(given().auth().oauth2(ADMIN).post("/api/mentors/ai/ai-finance/cards/" + card + "/retire").then(), 404);
        problem(given().auth().oauth2(ADMIN).get("/api/mentors/ai/ai-no-such-persona/cards").then(), 404);
        problem(given().auth().oauth2(ADMIN).get("/api/mentors/ai/ai-no-such-persona").then(), 404);
        cards(id, null, "all").body("$", hasSize(1)).body("retired", equalTo(List.of(false)));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json");
    }

    private static ValidatableResponse cards(String id, String q, String status) {
        var request = given().auth().oauth2(ADMIN).queryParam("status", status);
        if (q != null) {
            request.queryParam("q", q);
        }
        return request.get("/api/mentors/ai/" + id + "/cards").then().statusCode(200);
    }

    private static String tryIt(String id, String question) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", question))))
                .post("/api/mentors/ai/" + id + "/try").then().statusCode(200).extract().asString();
    }

    private static String addCard(String id, String title, String body, List<String> tags) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "tags", tags))
                .post("/api/mentors/ai/" + id + "/cards").then().statusCode(201)
                .body("title", equalTo(title)).body("retired", equalTo(false))
                .extract().jsonPath().getString("id");
    }

    private static String newPersonaWithoutCards() {
        String id = "ai-cards-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(persona("Nadia Negotiator"))
                .put("/api/mentors/ai/" + id).then().statusCode(200).body("kind", equalTo("AI"));
        return id;
    }

    private static Map<String, Object> persona(String name) {
        return Map.of(
                "displayName", name,
                "headline", "Negotiation coach for salary and offers",
                "bio", "I help people prepare for salary conversations and job offers with calm, researched asks.",
                "expertise", List.of("Negotiation", "salary"),
                "languages", List.of("en"),
                "voice", "Calm and exact.",
                "systemPrompt", "You are Nadia, a negotiation coach. Stay within salary and offer negotiation; ground answers in your cards.");
    }
}
