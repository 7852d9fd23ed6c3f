package dev.mentra.chat;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.local.kafka.LocalKafka;
import dev.mentra.local.net.Ports;
import dev.mentra.local.postgres.LocalPostgres;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import dev.mentra.local.testing.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged chat-service, twice, on one PostgreSQL and one Kafka: people on different replicas talk live, every
 * message reaches every socket once and in seq order (fan-out through chat.messages.v1).
 */
class TwoReplicasIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Process> REPLICAS = new ArrayList<>();
    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path work = Files.createTempDirectory("chat-replicas-");
        postgres = LocalPostgres.start(Ports.free(), work.resolve("pg"));
        postgres.endpoint().ensureDatabase("chat");
        kafka = LocalKafka.start(Ports.free(), Ports.free(), work.resolve("kafka"));
        kafka.createTopics(List.of("identity.users.v1", "mentors.v1", "bookings.v1", "chat.messages.v1", "chat.events.v1"), 3);
        Map<String, String> tokens = new TokenTestResource().start();

        Map<String, String> env = new HashMap<>();
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", Integer.toString(postgres.port()));
        env.put("DB_NAME", "chat");
        env.put("DB_USER", postgres.endpoint().user());
        env.put("DB_PASSWORD", postgres.endpoint().password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MENTRA_JWKS_URL", tokens.get("mp.jwt.verify.publickey.location"));
        env.put("MENTRA_TOKEN_ISSUER", tokens.get("mp.jwt.verify.issuer"));
        env.put("MENTRA_AUTHORIZED_PARTIES", tokens.get("mentra.auth.authorized-parties"));
        int portA = Ports.free();
        int portB = Ports.free();
        REPLICAS.add(launch("replica-a", portA, env));
        REPLICAS.add(launch("replica-b", portB, env));
        a = "http://localhost:" + portA;
        b = "http://localhost:" + portB;
        awaitReady(a, "replica-a");
        awaitReady(b, "replica-b");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : REPLICAS) {
            p.destroy();
        }
        for (Process p : REPLICAS) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void peopleOnDifferentReplicasSeeEachOthersMessagesOnceAndInOrder() throws Exception {
        String menteeId = Fixtures.newId("user");
        String mentorUserId = Fixtures.newId("user");
        String mentee = TestTokens.forUser(menteeId).name("Rina").sign();
        String mentor = TestTokens.forUser(mentorUserId).name("Theo").sign();
        String mentorId = Fixtures.newId("mnt");
        try (TopicWriter writer = new TopicWriter(kafka.bootstrapServers())) {
            writer.send("mentors.v1", mentorId, Fixtures.envelope("mentor.published", mentorId, Map.of(
                    "mentorId", mentorId, "kind", "HUMAN", "userId", mentorUserId, "displayName", "Theo Mentor", "active", true)));
        }

        try (ChatClient onA = ChatClient.ready(a, mentee); ChatClient onB = ChatClient.ready(b, mentor)) {
            // opened on replica A; the mentor's socket on replica B hears of it
            String conversation = openDirect(a, mentee, mentorId);
            onB.await("conversation.created", f -> f.path("conversation").path("id").asText().equals(conversation));

            int each = 15;
            Thread fromA = new Thread(() -> {
                for (int i = 1; i <= each; i++) {
                    onA.send(Map.of("type", "send", "conversationId", conversation, "clientId", "a-" + i, "text", "from A " + i));
                }
            });
            Thread fromB = new Thread(() -> {
                for (int i = 1; i <= each; i++) {
                    onB.send(Map.of("type", "send", "conversationId", conversation, "clientId", "b-" + i, "text", "from B " + i));
                }
            });
            fromA.start();
            fromB.start();
            fromA.join();
            fromB.join();

            List<Long> expected = LongStream.rangeClosed(1, 2L * each).boxed().toList();
            for (ChatClient client : List.of(onA, onB)) {
                client.awaitAll(2 * each, f -> f.path("type").asText().equals("message")
                        && f.path("conversationId").asText().equals(conversation), Duration.ofSeconds(30));
                List<Long> seqs = client.during(Duration.ofMillis(500), f -> f.path("type").asText().equals("message")
                                && f.path("conversationId").asText().equals(conversation))
                        .stream().map(f -> f.path("seq").asLong()).toList();
                assertThat(seqs).containsExactlyElementsOf(expected);
            }
            // what A's socket shows is what B wrote, and the other way round
            assertThat(onA.messages(conversation)).extracting(f -> f.path("text").asText()).contains("from B 1", "from B " + each);
            assertThat(onB.messages(conversation)).extracting(f -> f.path("text").asText()).contains("from A 1", "from A " + each);

            // typing and read receipts cross replicas too
            onB.send(Map.of("type", "typing", "conversationId", conversation));
            onA.await("typing", f -> f.path("userId").asText().equals(mentorUserId));
            onA.send(Map.of("type", "read", "conversationId", conversation, "seq", 2 * each));
            onB.await("read", f -> f.path("userId").asText().equals(menteeId) && f.path("seq").asLong() == 2 * each);

            // a socket reconnecting to the other replica catches up from where it was
            onB.close();
            onA.send(Map.of("type", "send", "conversationId", conversation, "clientId", "a-late", "text", "while you moved"));
            onA.await("ack", f -> f.path("clientId").asText().equals("a-late"));
            try (ChatClient movedToA = ChatClient.ready(a, mentor)) {
                movedToA.send(Map.of("type", "subscribe", "conversationId", conversation, "afterSeq", 2 * each));
                movedToA.await("subscribed", f -> true);
                assertThat(movedToA.during(Duration.ofMillis(500), f -> f.path("type").asText().equals("message")))
                        .extracting(f -> f.path("text").asText()).containsExactly("while you moved");
            }
        }
    }

    private static String openDirect(String base, String token, String mentorId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/conversations"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"DIRECT\",\"mentorId\":\"" + mentorId + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonNode body = Fixtures.JSON.readTree(response.body());
                return body.path("id").asText();
            }
            // 404 until the mentor directory has caught up with mentors.v1
            if (response.statusCode() != 404 || System.nanoTime() > deadline) {
                throw new AssertionError("Opening failed: " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(200);
        }
    }

    private static Process launch(String name, int port, Map<String, String> env) throws IOException {
        Path jar = Path.of(System.getProperty("chat.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: this test runs the packaged application (mvn verify)");
        }
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CHAT_INSTANCE_ID", name);
        return builder.start();
    }

    private static void awaitReady(String base, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not become ready:\n"
                + Files.readString(Path.of("target", name + ".log"), StandardCharsets.UTF_8));
    }
}
