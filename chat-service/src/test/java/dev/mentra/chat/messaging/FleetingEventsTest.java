package dev.mentra.chat.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing (like presence and AI deltas) leaves through the declared fleeting channel as the outbox's records do:
 * on chat.events.v1, keyed by the conversation, in the contract envelope naming its recipients, so every replica's
 * fan-out reads it.
 */
@QuarkusTest
class FleetingEventsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void typingIsPublishedOnChatEventsKeyedByTheConversationInTheEnvelope() throws Exception {
        Person mentee = Person.any("Kai");
        Person mentor = Person.any("Kim");
        String conversation = Conversations.direct(mentee, Fixtures.mentor("HUMAN", mentor.id(), "Kim Mentor"));
        try (TopicReader topic = TopicReader.of("chat.events.v1");
             ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.send(Map.of("type", "typing", "conversationId", conversation));

            List<ConsumerRecord<String, String>> typing = topic.await(1,
                    r -> conversation.equals(r.key()) && r.value().contains("\"typing\""), Duration.ofSeconds(20));
            assertThat(typing).hasSize(1);
            JsonNode event = Fixtures.JSON.readTree(typing.get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("typing");
            assertThat(event.path("subject").asText()).isEqualTo(conversation);
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("data").path("conversationId").asText()).isEqualTo(conversation);
            assertThat(event.path("data").path("userId").asText()).isEqualTo(mentee.id());
            assertThat(event.path("data").path("recipients")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder(mentee.id(), mentor.id());
        }
    }
}
