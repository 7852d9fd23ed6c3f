package dev.mentra.local.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for Clerk's JWKS endpoint: serves {@link TestTokens}' public key on a free port and points the
 * application's token policy at it, so tests verify tokens exactly as production does.
 */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", "http://localhost:" + shared().getAddress().getPort() + "/.well-known/jwks.json",
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mentra.auth.authorized-parties", TestTokens.AUTHORIZED_PARTY);
    }

    @Override
    public void stop() {
        // shared by every application start in this JVM
    }

    private static synchronized HttpServer shared() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }
}
