package dev.mentra.identity.testing;

import dev.mentra.local.net.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Local issuer mode verifies its own tokens against its own JWKS, as in the local run: the test application gets a
 * known free port so the JWKS address can be configured before it starts. Signing keys are encrypted as in
 * production, with a key encryption key (and an earlier one, for rotation) generated for this run.
 */
public class SelfIssuerTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "http://localhost:8080";
    public static final String APP_ORIGIN = "http://localhost:8080";

    @Override
    public Map<String, String> start() {
        int port = Ports.free();
        return Map.of(
                "quarkus.http.test-port", Integer.toString(port),
                "mp.jwt.verify.publickey.location", "http://localhost:" + port + "/.well-known/jwks.json",
                "mp.jwt.verify.issuer", ISSUER,
                "mentra.auth.authorized-parties", APP_ORIGIN + ",https://app.mentra.test",
                "mentra.identity.issuer.key-encryption-key", randomKey(),
                "mentra.identity.issuer.key-encryption-key-previous", randomKey());
    }

    public static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void stop() {
    }
}
