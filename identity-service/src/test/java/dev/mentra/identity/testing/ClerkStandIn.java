package dev.mentra.identity.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Clerk's Backend API for tests: a WireMock server on a free port, with identity's Clerk client pointed at it and
 * given the secret key it must present. Tests stub and verify the calls through {@link #clerk()}.
 */
public class ClerkStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET_KEY = "sk_test_mentra";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.clerk-api.url", server.baseUrl() + "/v1",
                "mentra.identity.clerk.secret-key", SECRET_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer clerk() {
        return server;
    }
}
