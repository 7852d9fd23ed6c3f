package dev.mentra.gateway.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.mentra.gateway.routing.Upstream;
import dev.mentra.local.net.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * One HTTP stand-in per service, each answering any request with its own name (and echoing what it received),
 * and UP on {@code /q/health/ready} as a real service does.
 */
public class UpstreamStandIns implements QuarkusTestResourceLifecycleManager {

    public static final Map<Upstream, WireMockServer> SERVERS = new EnumMap<>(Upstream.class);

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (Upstream upstream : Upstream.values()) {
            // tests stop a stand-in and start it again on its port, which must not be one outgoing connections get
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(Ports.freeToRebind()));
            server.start();
            answerAsItself(server, upstream);
            SERVERS.put(upstream, server);
            config.put("mentra.gateway.upstreams." + upstream.name().toLowerCase(), server.baseUrl());
        }
        config.put("mentra.gateway.connect-timeout", "1s");
        config.put("mentra.gateway.idle-timeout", "2s");
        return config;
    }

    public static void answerAsItself(WireMockServer server, Upstream upstream) {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Mentra-Service", upstream.serviceName())
                .withHeader("Content-Type", "text/plain")
                .withTransformers("response-template")
                .withBody("{{request.method}} {{request.url}} {{request.body}}")));
        server.stubFor(get(urlEqualTo("/q/health/ready")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
    }

    /** Starts a fresh stand-in on the port of one that a test stopped, so the gateway's configuration still holds. */
    public static void restart(Upstream upstream, int port) {
        WireMockServer again = new WireMockServer(WireMockConfiguration.options().port(port));
        again.start();
        answerAsItself(again, upstream);
        SERVERS.put(upstream, again);
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }
}
