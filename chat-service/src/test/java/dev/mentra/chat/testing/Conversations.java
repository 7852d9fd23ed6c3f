package dev.mentra.chat.testing;

import dev.mentra.chat.testing.Fixtures.Person;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Conversations and messages through chat's HTTP API, as a person would use it. */
public final class Conversations {

    private Conversations() {
    }

    public static io.restassured.response.ValidatableResponse open(Person who, Map<String, ?> body) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(body)
                .post("/api/conversations").then();
    }

    public static String direct(Person mentee, String mentorId) {
        return open(mentee, Map.of("kind", "DIRECT", "mentorId", mentorId)).statusCode(201)
                .extract().jsonPath().getString("id");
    }

    /** A new DIRECT conversation of {@code mentee} with a new human mentor. */
    public static String anyConversation(Person mentee) {
        return direct(mentee, Fixtures.mentor("HUMAN", Fixtures.newId("user"), "Some Mentor"));
    }

    public static io.restassured.response.ValidatableResponse send(Person who, String conversationId, String text, String clientId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("text", text);
        if (clientId != null) {
            body.put("clientId", clientId);
        }
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(body)
                .post("/api/conversations/" + conversationId + "/messages").then();
    }

    public static io.restassured.response.ValidatableResponse read(Person who, String conversationId, long seq) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(Map.of("seq", seq))
                .post("/api/conversations/" + conversationId + "/read").then();
    }

    public static List<Integer> seqs(Person who, String conversationId) {
        return given().auth().oauth2(who.token()).queryParam("after", 0).queryParam("limit", 200)
                .get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .extract().jsonPath().getList("seq", Integer.class);
    }
}
