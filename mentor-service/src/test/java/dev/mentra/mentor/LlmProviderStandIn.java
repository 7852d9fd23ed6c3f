package dev.mentra.mentor;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * An OpenAI-compatible AI provider for tests: a WireMock server on a free port, with LLM mode pointed at it and
 * given the API key it must present. Tests stub and verify the calls through {@link #provider()}.
 * <p>
 * A test that needs WireMock extensions, or stubs in place before the application starts (and so before it first
 * calls the provider), subclasses this and overrides {@link #options()} and {@link #stubs(WireMockServer)}.
 */
public class LlmProviderStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "sk-test";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options());
        server.start();
        stubs(server);
        return Map.of("mentra.ai.llm.base-url", server.baseUrl() + "/v1",
                "mentra.ai.llm.api-key", API_KEY);
    }

    /** The server's configuration; always on a dynamic port. */
    protected WireMockConfiguration options() {
        return WireMockConfiguration.options().dynamicPort();
    }

    /** Stubs the provider has from its start; none by default. */
    protected void stubs(WireMockServer provider) {
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer provider() {
        return server;
    }
}
