package dev.mentra.chat.live;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.chat.testing.Fixtures.Person;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The live protocol with real WebSocket clients: delivery, acks, typing, read receipts, presence, catch-up, abuse. */
@QuarkusTest
class LiveChatTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void twoPeopleTalkLiveWithAcksTypingReadReceiptsAndPresence() {
        Person mentee = Person.any("Mia");
        Person mentor = Person.any("Max");
        String conversation = Conversations.direct(mentee, Fixtures.mentor("HUMAN", mentor.id(), "Max Mentor"));

        try (ChatClient a = ChatClient.ready(url(), mentee.token()); ChatClient b = ChatClient.ready(url(), mentor.token())) {
            a.await("presence", f -> f.path("userId").asText().equals(mentor.id()) && f.path("online").asBoolean());

            a.send(Map.of("type", "send", "conversationId", conversation, "clientId", "c-1", "text", "Hello Max"));
            JsonNode ack = a.await("ack", f -> f.path("clientId").asText().equals("c-1"));
            assertThat(ack.path("seq").asLong()).isEqualTo(1);
            JsonNode received = b.await("message", f -> f.path("conversationId").asText().equals(conversation));
            assertThat(received.path("seq").asLong()).isEqualTo(1);
            assertThat(received.path("text").asText()).isEqualTo("Hello Max");
            assertThat(received.path("author").path("id").asText()).isEqualTo(mentee.id());
            assertThat(received.path("clientId").asText()).isEqualTo("c-1");
            // the sender's own sockets get it too (other tabs and devices)
            a.await("message", f -> f.path("conversationId").asText().equals(conversation));

            b.send(Map.of("type", "typing", "conversationId", conversation));
            a.await("typing", f -> f.path("userId").asText().equals(mentor.id())
                    && f.path("conversationId").asText().equals(conversation));

            b.send(Map.of("type", "read", "conversationId", conversation, "seq", 1));
            a.await("read", f -> f.path("userId").asText().equals(mentor.id()) && f.path("seq").asLong() == 1);
            assertThat(b.matching(f -> f.path("type").asText().equals("typing"))).isEmpty();

            b.close();
            a.await("presence", f -> f.path("userId").asText().equals(mentor.id()) && !f.path("online").asBoolean());
        }
    }

    @Test
    void mentorsSeeNewConversationsAndMessagesArriveWithoutSubscribing() {
        Person mentee = Person.any("Nia");
        Person mentor = Person.any("Ned");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Ned Mentor");
        try (ChatClient inbox = ChatClient.ready(url(), mentor.token())) {
            String conversation = Conversations.direct(mentee, mentorId);
            JsonNode created = inbox.await("conversation.created",
                    f -> f.path("conversation").path("id").asText().equals(conversation));
            assertThat(created.path("conversation").path("kind").asText()).isEqualTo("DIRECT");

            Conversations.send(mentee, conversation, "Are you free on Friday?", null).statusCode(201);
            Conversations.send(mentee, conversation, "Or Monday?", null).statusCode(201);
            inbox.awaitAll(2, f -> f.path("type").asText().equals("message")
                    && f.path("conversationId").asText().equals(conversation), Duration.ofSeconds(20));
            assertThat(inbox.messages(conversation)).extracting(f -> f.path("seq").asLong()).containsExactly(1L, 2L);
        }
    }

    @Test
    void reconnectingWithAfterSeqReplaysWhatWasMissedOnceAndInOrder() {
        Person mentee = Person.any("Rey");
        Person mentor = Person.any("Rex");
        String conversation = Conversations.direct(mentee, Fixtures.mentor("HUMAN", mentor.id(), "Rex Mentor"));
        ChatClient a = ChatClient.ready(url(), mentee.token());
        for (int i = 1; i <= 3; i++) {
            Conversations.send(mentee, conversation, "while away " + i, null).statusCode(201);
        }
        // once the mentee's own socket has seq 3, this replica has fanned it out: b connects after that
        a.await("message", f -> f.path("conversationId").asText().equals(conversation) && f.path("seq").asLong() == 3);
        try (a; ChatClient b = ChatClient.ready(url(), mentor.token())) {
            b.send(Map.of("type", "subscribe", "conversationId", conversation, "afterSeq", 1));
            b.await("subscribed", f -> f.path("conversationId").asText().equals(conversation));
            Conversations.send(mentee, conversation, "live 4", null).statusCode(201);
            b.awaitAll(3, f -> isMessage(f, conversation), Duration.ofSeconds(20));
            assertThat(seqs(b, conversation)).containsExactly(2L, 3L, 4L);
        }
        ChatClient a2 = ChatClient.ready(url(), mentee.token());
        Conversations.send(mentee, conversation, "away again 5", null).statusCode(201);
        Conversations.send(mentee, conversation, "away again 6", null).statusCode(201);
        a2.await("message", f -> isMessage(f, conversation) && f.path("seq").asLong() == 6);
        try (a2; ChatClient b = ChatClient.ready(url(), mentor.token())) {
            b.send(Map.of("type", "subscribe", "conversationId", conversation, "afterSeq", 4));
            b.await("subscribed", f -> f.path("conversationId").asText().equals(conversation));
            assertThat(b.during(Duration.ofMillis(700), f -> isMessage(f, conversation)))
                    .extracting(f -> f.path("seq").asLong()).containsExactly(5L, 6L);
        }
    }

    @Test
    void subscribingWhileMessagesPourInLeavesNoGapAndNoDuplicateAtTheSeam() throws Exception {
        Person mentee = Person.any("Sam");
        Person mentor = Person.any("Sol");
        String conversation = Conversations.direct(mentee, Fixtures.mentor("HUMAN", mentor.id(), "Sol Mentor"));
        int total = 30;
        // the writer connects first, so message 10 reaching it live shows that 1..10 have all been fanned out
        try (ChatClient writer = ChatClient.ready(url(), mentee.token())) {
            for (int i = 1; i <= 10; i++) {
                Conversations.send(mentee, conversation, "before " + i, null).statusCode(201);
            }
            writer.await("message", f -> isMessage(f, conversation) && f.path("seq").asLong() == 10);
            ChatClient reader = ChatClient.ready(url(), mentor.token());
            // the reader replays 4..10 from the database while 11..30 are being posted and arrive live
            reader.send(Map.of("type", "subscribe", "conversationId", conversation, "afterSeq", 3));
            Thread pour = new Thread(() -> IntStream.rangeClosed(11, total).forEach(i ->
                    writer.send(Map.of("type", "send", "conversationId", conversation, "clientId", "p-" + i, "text", "during " + i))));
            pour.start();
            pour.join();
            reader.awaitAll(total - 3, f -> isMessage(f, conversation), Duration.ofSeconds(30));
            List<Long> seqs = reader.during(Duration.ofMillis(700), f -> isMessage(f, conversation)).stream()
                    .map(f -> f.path("seq").asLong()).toList();
            // each seq exactly once; not necessarily in order: a message posted right after `subscribe` may reach the
            // mentor's inbox channel before the subscribe is handled, and the older ones then follow it (README)
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(4, total).mapToObj(i -> (long) i).toList());
            reader.close();
        }
    }

    @Test
    void aStrangerCannotSubscribePostOrTypeAndKeepsTheirSocket() {
        Person mentee = Person.any("Pat");
        Person stranger = Person.any("Sly");
        String conversation = Conversations.anyConversation(mentee);
        Conversations.send(mentee, conversation, "private", null).statusCode(201);
        try (ChatClient s = ChatClient.ready(url(), stranger.token())) {
            s.send(Map.of("type", "subscribe", "conversationId", conversation, "afterSeq", 0));
            s.await("error", f -> f.path("frame").asText().equals("subscribe") && f.path("code").asText().equals("not-found"));
            s.send(Map.of("type", "send", "conversationId", conversation, "clientId", "x-1", "text", "let me in"));
            s.await("error", f -> f.path("clientId").asText().equals("x-1") && f.path("code").asText().equals("not-found"));
            s.send(Map.of("type", "typing", "conversationId", conversation));
            s.await("error", f -> f.path("frame").asText().equals("typing"));
            s.send(Map.of("type", "read", "conversationId", conversation, "seq", 1));
            s.await("error", f -> f.path("frame").asText().equals("read"));
            assertThat(s.during(Duration.ofMillis(500), f -> f.path("type").asText().equals("message"))).isEmpty();
            assertThat(s.isClosed()).isFalse();
        }
        assertThat(Conversations.seqs(mentee, conversation)).doesNotContainNull();
        assertThat(Fixtures.DB.count("SELECT count(*) FROM message WHERE author_id = ?", stranger.id())).isZero();
    }

    @Test
    void badFramesAreAnsweredWithAnErrorAndTheSocketStaysOpen() {
        Person mentee = Person.any("Bea");
        String conversation = Conversations.anyConversation(mentee);
        try (ChatClient c = ChatClient.ready(url(), mentee.token())) {
            c.sendRaw("this is not json");
            c.sendRaw("[1, 2, 3]");
            c.sendRaw("{\"type\": \"dance\"}");
            c.sendRaw("{\"type\": \"send\", \"text\": \"no conversation\"}");
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "e-1", "text", "   "));
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "e-2", "text", "x".repeat(4001)));
            c.awaitAll(6, f -> f.path("type").asText().equals("error"), Duration.ofSeconds(10));
            assertThat(c.matching(f -> f.path("type").asText().equals("error")))
                    .extracting(f -> f.path("code").asText())
                    .containsExactly("bad-frame", "bad-frame", "unknown-type", "bad-frame", "empty-message", "message-too-long");

            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "ok-1", "text", "still here"));
            assertThat(c.await("ack", f -> f.path("clientId").asText().equals("ok-1")).path("seq").asLong()).isEqualTo(1);
        }
    }

    @Test
    void anOversizeFrameClosesTheSocket() {
        Person mentee = Person.any("Ola");
        try (ChatClient c = ChatClient.ready(url(), mentee.token())) {
            c.sendRaw("{\"type\":\"typing\",\"conversationId\":\"" + "x".repeat(20_000) + "\"}");
            assertThat(c.awaitClosed().code()).isEqualTo(1009);
        }
    }

    @Test
    void anOversizeMessageSentInFragmentsClosesTheSocket() {
        Person mentee = Person.any("Fra");
        try (ChatClient c = ChatClient.ready(url(), mentee.token())) {
            // each fragment is within the frame limit; the message they make is not
            c.sendFragments("{\"type\":\"typing\",\"conversationId\":\"" + "x".repeat(10_000),
                    "y".repeat(10_000), "\"}");
            assertThat(c.awaitClosed().code()).isEqualTo(1009);
        }
    }

    @Test
    void aFloodOfFramesIsRateLimited() {
        try (ChatClient c = ChatClient.ready(url(), Person.any("Flo").token())) {
            for (int i = 0; i < 80; i++) {
                c.sendRaw("{\"type\":\"noise\"}");
            }
            c.await("error", f -> f.path("code").asText().equals("rate-limited"));
            assertThat(c.isClosed()).isFalse();
        }
    }

    private String url() {
        return base.toString();
    }

    private static boolean isMessage(JsonNode f, String conversation) {
        return f.path("type").asText().equals("message") && f.path("conversationId").asText().equals(conversation);
    }

    private static List<Long> seqs(ChatClient c, String conversation) {
        return c.messages(conversation).stream().map(f -> f.path("seq").asLong()).toList();
    }
}
