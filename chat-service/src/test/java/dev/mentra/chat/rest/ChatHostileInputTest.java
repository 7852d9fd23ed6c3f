package dev.mentra.chat.rest;

import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.HostileInputContract;
import dev.mentra.local.testing.HostileRoute;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.function.Supplier;

/**
 * The hostile-input table against every write and paging route of chat-service: opening a conversation, its
 * messages (paged by seq), sending one (whose text is cleaned, not refused) and moving the read mark.
 */
@QuarkusTest
class ChatHostileInputTest extends HostileInputContract {

    @Override
    protected List<HostileRoute> routes() {
        Person mentee = Person.any("Hana");
        String conversation = Conversations.anyConversation(mentee);
        Conversations.send(mentee, conversation, "First message", null).statusCode(201);
        String otherMentor = Fixtures.mentor("HUMAN", Fixtures.newId("user"), "Omar Mentor");
        Supplier<String> bearer = () -> "Bearer " + TestTokens.forUser(mentee.id()).name("Hana").sign();

        return List.of(
                HostileRoute.post("/api/conversations").authorization(bearer)
                        .json("{\"kind\": \"DIRECT\", \"mentorId\": \"" + otherMentor + "\"}"),
                HostileRoute.get("/api/conversations/{id}/messages").pathParam("id", conversation)
                        .authorization(bearer).cursor("after", "0").cursor("before", "1000").size("limit", 200),
                HostileRoute.post("/api/conversations/{id}/messages").pathParam("id", conversation)
                        .authorization(bearer).json("{\"text\": \"Hello there\", \"clientId\": \"c-hostile\"}")
                        .cleaned("text"),
                HostileRoute.post("/api/conversations/{id}/read").pathParam("id", conversation)
                        .authorization(bearer).json("{\"seq\": 1}"));
    }
}
