package dev.mentra.bench.live;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The baselines speak enough of chat-service's protocol for the benchmarks' clients, through the relay too. */
class BaselineServersTest {

    private final Vertx vertx = Vertx.vertx();
    private final LiveClients clients = new LiveClients(1, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        clients.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aPostThroughTheRelayIsAckedAndDeliveredToTheOtherParticipant() throws Exception {
        int pubsubPort = await(new BarePubSub(vertx).listen(0));
        int relayPort = await(new BareRelay(vertx, "127.0.0.1", pubsubPort).listen(0));
        register(pubsubPort, "c1", "user_a", "user_b");
        SocketTarget relay = new SocketTarget("relay", "127.0.0.1", relayPort);

        CompletableFuture<JsonObject> delivered = new CompletableFuture<>();
        CompletableFuture<JsonObject> acked = new CompletableFuture<>();
        ChatConnection receiver = clients.open(relay, "127.0.0.1", "user_b", token("user_b"), new ChatListener() {
            @Override
            public void message(ChatConnection socket, JsonObject frame, long receivedNanos) {
                delivered.complete(frame);
            }
        });
        ChatConnection sender = clients.open(relay, "127.0.0.1", "user_a", token("user_a"), new ChatListener() {
            @Override
            public void ack(ChatConnection socket, JsonObject frame, long receivedNanos) {
                acked.complete(frame);
            }
        });
        receiver.ready().get(5, TimeUnit.SECONDS);
        sender.ready().get(5, TimeUnit.SECONDS);
        sender.send("c1", "client-1", new BenchText("r", 1, 42).text());

        assertThat(acked.get(5, TimeUnit.SECONDS).getString("clientId")).isEqualTo("client-1");
        JsonObject message = delivered.get(5, TimeUnit.SECONDS);
        assertThat(message.getLong("seq")).isEqualTo(1);
        assertThat(BenchText.parse(message.getString("text"), "r")).contains(new BenchText("r", 1, 42));
        assertThat(receiver.lastSeq("c1")).isEqualTo(1);
    }

    @Test
    void aRefusedUpgradeReachesTheClientThroughTheRelay() throws Exception {
        int pubsubPort = await(new BarePubSub(vertx).listen(0));
        int relayPort = await(new BareRelay(vertx, "127.0.0.1", pubsubPort).listen(0));

        ChatConnection socket = clients.open(new SocketTarget("relay", "127.0.0.1", relayPort), "127.0.0.1", "x",
                "not-a-token", ChatListener.NONE);

        assertThat(socket.ready()).failsWithin(Duration.ofSeconds(5));
        assertThat(socket.outcome()).isEqualTo("upgrade refused 401");
    }

    @Test
    void readsTheSubjectOfTheQueryToken() {
        assertThat(BarePubSub.subjectOf("x=1&access_token=" + token("user_z"))).isEqualTo("user_z");
        assertThat(BarePubSub.subjectOf("access_token=garbage")).isNull();
        assertThat(BarePubSub.subjectOf(null)).isNull();
    }

    private void register(int port, String id, String... participants) throws Exception {
        var client = vertx.createHttpClient();
        int status = client.request(io.vertx.core.http.HttpMethod.POST, port, "127.0.0.1", "/bench/conversations")
                .compose(r -> r.send(new JsonObject().put("id", id).put("participants",
                        new io.vertx.core.json.JsonArray(java.util.List.of((Object[]) participants))).encode()))
                .map(io.vertx.core.http.HttpClientResponse::statusCode)
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(status).isEqualTo(204);
    }

    /** A token-shaped string with the subject in its payload (the bare server reads it without checking). */
    private static String token(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = b64.encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8));
        return "e30." + payload + ".c2ln";
    }

    private static int await(io.vertx.core.Future<Integer> port) throws Exception {
        return port.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
