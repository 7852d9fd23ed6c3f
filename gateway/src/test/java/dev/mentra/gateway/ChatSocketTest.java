package dev.mentra.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mentra.gateway.routing.Upstream;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
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

    @BeforeEach
    void replaceChatWithAnEchoSocket() throws Exception {
        WireMockServer chat = UpstreamStandIns.SERVERS.get(Upstream.CHAT);
        chatPort = chat.port();
        chat.stop();
        vertx = Vertx.vertx();
        echo = vertx.createHttpServer()
                .requestHandler(request -> request.toWebSocket().onSuccess(socket -> {
                    // chat speaks first (its "ready" frame), then echoes
                    socket.writeTextMessage("ready");
                    socket.textMessageHandler(text -> socket.writeTextMessage("echo " + text));
                }))
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
        // the handler is attached on the event loop as the upgrade completes, before any frame is read
        WebSocket socket = client.webSocket(gateway.getPort(), gateway.getHost(),
                        "/api/chat/ws?access_token=" + TestTokens.anyUser().sign())
                .onSuccess(ws -> ws.textMessageHandler(frames::add))
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        // what the upstream sends right after the upgrade, before the client says anything, arrives too
        assertThat(frames.poll(5, TimeUnit.SECONDS)).isEqualTo("ready");
        socket.writeTextMessage("hello");
        assertThat(frames.poll(5, TimeUnit.SECONDS)).isEqualTo("echo hello");
        socket.close();
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

    private WebSocket connect(String uri) throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        return client.webSocket(gateway.getPort(), gateway.getHost(), uri)
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
