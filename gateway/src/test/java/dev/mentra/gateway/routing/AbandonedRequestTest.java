package dev.mentra.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller that hangs up takes its request to the service with it, at once: the service's connection is not held
 * until the gateway's idle timeout (60 s) by a response nobody will read.
 */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class AbandonedRequestTest {

    @TestHTTPResource("/")
    URL gateway;

    private Vertx vertx;
    private HttpServer slowMentorService;
    private int mentorPort;
    private CompletableFuture<Void> requestArrived;
    private CompletableFuture<Void> requestAbandoned;

    @BeforeEach
    void replaceMentorServiceWithOneThatNeverAnswers() throws Exception {
        WireMockServer mentor = UpstreamStandIns.SERVERS.get(Upstream.MENTOR);
        mentorPort = mentor.port();
        mentor.stop();
        requestArrived = new CompletableFuture<>();
        requestAbandoned = new CompletableFuture<>();
        vertx = Vertx.vertx();
        slowMentorService = vertx.createHttpServer()
                .requestHandler(request -> {
                    requestArrived.complete(null);
                    request.connection().closeHandler(v -> requestAbandoned.complete(null));
                })
                .listen(mentorPort, "localhost").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void restoreMentorService() throws Exception {
        slowMentorService.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        vertx.close();
        UpstreamStandIns.restart(Upstream.MENTOR, mentorPort);
    }

    @Test
    void theServicesRequestEndsAsSoonAsTheCallerHangsUp() throws Exception {
        try (Socket caller = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = caller.getOutputStream();
            out.write(("GET /api/mentors?q=slow HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            requestArrived.get(5, TimeUnit.SECONDS);
        }
        // the caller is gone: the gateway lets go of the service's request well before its 60 s idle timeout
        requestAbandoned.get(5, TimeUnit.SECONDS);
        assertThat(requestAbandoned).isCompleted();
    }
}
