package dev.mentra.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real WebSocket through the gateway: chat-service's stand-in is swapped for an echo socket on its port. */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class ChatSocketTest {

    @TestHTTPResource("/")
    URL gateway;

    private Vertx vertx;
    private HttpServer echo;
    private HttpClient client;
    private int chatPort;
    private CompletableFuture<Short> upstreamClosedWith;

    @BeforeEach
    void replaceChatWithAnEchoSocket() throws Exception {
        upstreamClosedWith = new CompletableFuture<>();
        WireMockServer chat = UpstreamStandIns.SERVERS.get(Upstream.CHAT);
        chatPort = chat.port();
        chat.stop();
        vertx = Vertx.vertx();
        echo = vertx.createHttpServer()
                .requestHandler(request -> {
                    if (request.path().endsWith("/refused")) {
                        // a service may refuse an upgrade itself, with its own problem
                        request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                                .end("{\"title\":\"Not Found\",\"status\":404}");
                        return;
                    }
                    request.toWebSocket().onSuccess(socket -> {
                        // chat speaks first (its "ready" frame, a burst of them here), then echoes
                        for (int i = 0; i < 20; i++) {
                            socket.writeTextMessage("ready " + i);
                        }
                        socket.textMessageHandler(text -> {
                            if (text.equals("expire me")) {
                                socket.close((short) 4401, "token expired");
                            } else {
                                socket.writeTextMessage("echo " + text);
                            }
                        });
                        socket.binaryMessageHandler(data -> socket.writeBinaryMessage(data));
                        socket.closeHandler(v -> upstreamClosedWith.complete(socket.closeStatusCode()));
                    });
                })
                .listen(chatPort, "localhost").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        client = vertx.createHttpClient();
    }

    @AfterEach
    void restoreChat() throws Exception {
        client.close();
        echo.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        vertx.close();
        UpstreamStandIns.restart(Upstream.CHAT, chatPort);
    }

    @Test
    void browserSocketWithTheTokenAsQueryParameterReachesChat() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        WebSocket socket = open(socketTo("/api/chat/ws?access_token=" + TestTokens.anyUser().sign()),
                ws -> ws.textMessageHandler(frames::add)).get(5, TimeUnit.SECONDS);
        // what the upstream sends right after the upgrade, before the client says anything, arrives too, in order
        for (int i = 0; i < 20; i++) {
            assertThat(frames.poll(5, TimeUnit.SECONDS)).isEqualTo("ready " + i);
        }
        socket.writeTextMessage("hello");
        assertThat(frames.poll(5, TimeUnit.SECONDS)).isEqualTo("echo hello");
        socket.close((short) 4000, "bye");
        // the service hears the browser's own close code
        assertThat(upstreamClosedWith.get(5, TimeUnit.SECONDS)).isEqualTo((short) 4000);
    }

    /**
     * Each relayed socket holds one connection to chat-service for its whole life: the relay's client must not cap
     * them (Vert.x's WebSocket client allows 50 per service by default, and the 51st waited until one closed).
     */
    @Test
    void manyMoreSocketsThanAClientPoolsDefaultAreRelayedAtOnce() throws Exception {
        int sockets = 120;
        var browsers = vertx.createWebSocketClient(new io.vertx.core.http.WebSocketClientOptions().setMaxConnections(sockets));
        try {
            java.util.List<CompletableFuture<String>> firstFrames = new java.util.ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                CompletableFuture<String> first = new CompletableFuture<>();
                firstFrames.add(first);
                // one person per socket, as in a reconnect storm (one person's burst is rate limited)
                String token = TestTokens.anyUser().sign();
                // from the event loop, so the handler is attached before chat's first frame can be read
                vertx.runOnContext(v -> browsers.connect(gateway.getPort(), gateway.getHost(), "/api/chat/ws?access_token=" + token)
                        .onSuccess(ws -> ws.textMessageHandler(first::complete))
                        .onFailure(first::completeExceptionally));
            }
            // every socket stays open (none is closed here) and every one hears chat's first frame
            CompletableFuture.allOf(firstFrames.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            assertThat(firstFrames).allSatisfy(first -> assertThat(first.join()).isEqualTo("ready 0"));
        } finally {
            browsers.close();
        }
    }

    @Test
    void textStaysTextBinaryStaysBinaryAndTheServicesCloseCodeReachesTheBrowser() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocket socket = open(socketTo("/api/chat/ws?access_token=" + TestTokens.anyUser().sign()), ws -> {
            ws.textMessageHandler(text -> frames.add("text:" + text));
            ws.binaryMessageHandler(data -> frames.add("binary:" + data.length()));
            ws.closeHandler(v -> closed.complete(ws.closeStatusCode() + " " + ws.closeReason()));
        }).get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            assertThat(frames.poll(5, TimeUnit.SECONDS)).startsWith("text:ready");
        }
        socket.writeBinaryMessage(io.vertx.core.buffer.Buffer.buffer(new byte[] {1, 2, 3}));
        assertThat(frames.poll(5, TimeUnit.SECONDS)).isEqualTo("binary:3");
        // chat-service closes with 4401 when a token expires: the browser must see exactly that, to renew
        socket.writeTextMessage("expire me");
        assertThat(closed.get(5, TimeUnit.SECONDS)).isEqualTo("4401 token expired");
    }

    @Test
    void aSocketTheServiceRefusesIsClosedWithACodeThatSaysWhy() throws Exception {
        var options = socketTo("/api/chat/refused").addHeader("Authorization", "Bearer " + TestTokens.anyUser().sign());
        assertThat(closeOf(options)).isEqualTo("4404 not found");
    }

    @Test
    void aSocketToAServiceThatIsDownIsClosedWithTryAgainLater() throws Exception {
        echo.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        echo = vertx.createHttpServer().requestHandler(r -> r.response().end()); // never listening: the port is free
        var options = socketTo("/api/chat/ws?access_token=" + TestTokens.anyUser().sign());
        assertThat(closeOf(options)).startsWith("1013 chat-service cannot be reached");
    }

    @Test
    void socketWithABadTokenOrNoneIsRefusedBeforeTheUpgrade() {
        for (String uri : new String[] {
                "/api/chat/ws?access_token=" + TestTokens.anyUser().expiredSecondsAgo(30).sign(),
                "/api/chat/ws"}) {
            assertThatThrownBy(() -> connect(uri))
                    .hasCauseInstanceOf(UpgradeRejectedException.class)
                    .cause().extracting(e -> ((UpgradeRejectedException) e).getStatus()).isEqualTo(401);
        }
    }

    /** Opens a socket and waits for the gateway to close it: "code reason". */
    private String closeOf(WebSocketConnectOptions options) throws Exception {
        CompletableFuture<String> closed = new CompletableFuture<>();
        open(options, ws -> ws.closeHandler(v -> closed.complete(ws.closeStatusCode() + " " + ws.closeReason())))
                .exceptionally(failure -> {
                    closed.completeExceptionally(failure);
                    return null;
                });
        return closed.get(10, TimeUnit.SECONDS);
    }

    /**
     * Connects from the client's event loop, so {@code prepare} attaches its handlers before that loop reads
     * anything: attached from the test's thread, a frame or close that arrives with the upgrade (the gateway closes
     * at once when the service is down) could be processed first and never seen.
     */
    private CompletableFuture<WebSocket> open(WebSocketConnectOptions options, Handler<WebSocket> prepare) {
        CompletableFuture<WebSocket> opened = new CompletableFuture<>();
        vertx.runOnContext(v -> client.webSocket(options).onSuccess(prepare).onComplete(result -> {
            if (result.succeeded()) {
                opened.complete(result.result());
            } else {
                opened.completeExceptionally(result.cause());
            }
        }));
        return opened;
    }

    private WebSocketConnectOptions socketTo(String uri) {
        return new WebSocketConnectOptions().setHost(gateway.getHost()).setPort(gateway.getPort()).setURI(uri);
    }

    private WebSocket connect(String uri) throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        return open(socketTo(uri), ws -> { }).get(5, TimeUnit.SECONDS);
    }
}
