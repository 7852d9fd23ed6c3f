package dev.mentra.chat.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A stand-in for mentor-service's internal AI streaming API: WireMock on a free port, serving
 * {@code text/event-stream} bodies shaped exactly like ReplyResource's and CouncilSessionResource's. Tests stub
 * their own (fresh) mentor and council ids.
 */
public class MentorServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.mentor-service.url", "http://localhost:" + shared().port());
    }

    @Override
    public void stop() {
        // shared by every application start in this JVM
    }

    public static synchronized WireMockServer shared() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        }
        return server;
    }
}
