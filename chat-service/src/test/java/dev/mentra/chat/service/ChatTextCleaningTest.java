package dev.mentra.chat.service;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.chat.testing.Fixtures.Person;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Message text is cleaned, not refused (the chat contract): NUL characters and unpaired surrogates, which PostgreSQL
 * cannot store, are dropped like other control characters, over HTTP and over the socket alike; an emoji stays.
 * The ids a socket frame names are held to the storable-text rule: a frame breaking it is a bad frame.
 */
@QuarkusTest
class ChatTextCleaningTest {

    private static final String DIRTY = "{\"text\": \"he\\u0000llo \\ud83d\\ude00 \\ud800there\\udc00\"}";

    @TestHTTPResource("/")
    URL base;

    @Test
    void nulAndLoneSurrogatesAreDroppedFromTextSentOverHttp() {
        Person mentee = Person.any("Cleo");
        String conversation = Conversations.anyConversation(mentee);
        given().auth().oauth2(mentee.token()).contentType(ContentType.JSON).body(DIRTY)
                .post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201).body("text", equalTo("hello \uD83D\uDE00 there"));
        assertThat(storedText(conversation, 1)).isEqualTo("hello \uD83D\uDE00 there");
    }

    @Test
    void nulAndLoneSurrogatesAreDroppedFromTextSentOverTheSocket() {
        Person mentee = Person.any("Dora");
        String conversation = Conversations.anyConversation(mentee);
        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.sendRaw("{\"type\": \"send\", \"conversationId\": \"" + conversation + "\", \"clientId\": \"s-1\", "
                    + DIRTY.substring(1));
            JsonNode message = c.await("message", f -> f.path("conversationId").asText().equals(conversation));
            assertThat(message.path("text").asText()).isEqualTo("hello \uD83D\uDE00 there");
        }
        assertThat(storedText(conversation, 1)).isEqualTo("hello \uD83D\uDE00 there");
    }

    @Test
    void aSocketFrameNamingAnIdWithNulIsABadFrameNotAFailure() {
        Person mentee = Person.any("Enzo");
        String conversation = Conversations.anyConversation(mentee);
        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.sendRaw("{\"type\": \"send\", \"conversationId\": \"" + conversation + "\\u0000\", \"clientId\": \"n-1\", \"text\": \"hi\"}");
            c.sendRaw("{\"type\": \"send\", \"conversationId\": \"" + conversation + "\", \"clientId\": \"n-\\u0000\", \"text\": \"hi\"}");
            c.sendRaw("{\"type\": \"typing\", \"conversationId\": \"\\ud800\"}");
            c.awaitAll(3, f -> f.path("type").asText().equals("error"), Duration.ofSeconds(10));
            assertThat(c.matching(f -> f.path("type").asText().equals("error")))
                    .extracting(f -> f.path("code").asText())
                    .containsExactly("bad-frame", "bad-frame", "bad-frame");
        }
        assertThat(Fixtures.DB.count("SELECT count(*) FROM message WHERE conversation_id = ?", conversation)).isZero();
    }

    private static String storedText(String conversation, long seq) {
        return String.valueOf(Fixtures.DB.rows("SELECT text FROM message WHERE conversation_id = ? AND seq = ?",
                conversation, seq).get(0).get("text"));
    }
}
