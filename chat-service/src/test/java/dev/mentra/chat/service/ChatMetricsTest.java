package dev.mentra.chat.service;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.MetricsScrape;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import static dev.mentra.chat.testing.EngineEvents.delta;
import static dev.mentra.chat.testing.EngineEvents.event;
import static dev.mentra.chat.testing.EngineEvents.finalReply;
import static dev.mentra.chat.testing.EngineEvents.sse;
import static dev.mentra.chat.testing.EngineEvents.stubReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators see on /q/metrics while people chat with an AI mentor over a live socket. */
@QuarkusTest
class ChatMetricsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void postedAndDeliveredMessagesOpenSocketsAndAiRepliesByOutcomeAreCounted() {
        Person mentee = Person.any("Mo");
        String mentorId = Fixtures.mentor("AI", null, "Metric Mia");
        stubReply(mentorId, sse(delta("Measure "), finalReply(mentorId, "Measure first.")));
        String conversation = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");
        MetricsScrape before = MetricsScrape.now();

        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            assertThat(MetricsScrape.now().value("mentra_chat_sockets_open"))
                    .isEqualTo(before.value("mentra_chat_sockets_open") + 1);
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-1", "text", "Where to start?"));
            c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                    && f.path("author").path("kind").asText().equals("AI"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(change(before, MetricsScrape.now(),
                    "mentra_chat_ai_replies_seconds_count", "mode", "single", "outcome", "answered")).isEqualTo(1));

            // the engine fails: a failed reply, and the system notice saying so is a message too
            stubReply(mentorId, sse(event(Map.of("type", "error", "text", "No answer now"))));
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-2", "text", "And then?"));
            c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                    && f.path("author").path("kind").asText().equals("SYSTEM"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(change(before, MetricsScrape.now(),
                    "mentra_chat_ai_replies_seconds_count", "mode", "single", "outcome", "failed")).isEqualTo(1));
        }

        MetricsScrape after = MetricsScrape.now();
        assertThat(change(before, after, "mentra_chat_messages_posted_total", "author", "user")).isEqualTo(2);
        assertThat(change(before, after, "mentra_chat_messages_posted_total", "author", "ai")).isEqualTo(1);
        assertThat(change(before, after, "mentra_chat_messages_posted_total", "author", "system")).isEqualTo(1);
        // one socket in the conversation: each message reached it once
        assertThat(change(before, after, "mentra_chat_messages_delivered_total", "author", "user")).isEqualTo(2);
        assertThat(change(before, after, "mentra_chat_messages_delivered_total", "author", "ai")).isEqualTo(1);
        assertThat(change(before, after, "mentra_chat_messages_delivered_total", "author", "system")).isEqualTo(1);
        assertThat(change(before, after, "mentra_chat_ai_replies_seconds_count", "mode", "council")).isZero();
        assertThat(after.has("mentra_chat_ai_replies_seconds_bucket", "mode", "single")).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                MetricsScrape.now().value("mentra_chat_sockets_open")).isEqualTo(before.value("mentra_chat_sockets_open")));
    }

    private static double change(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
