package dev.mentra.identity.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.testing.Accounts;
import dev.mentra.identity.testing.SelfIssuerTestResource;
import dev.mentra.local.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

/**
 * The signing keys' private halves are encrypted in the database with the key encryption key from the environment;
 * at start, keys stored before encryption or under a previous key are re-encrypted with the current one (the
 * start-up observer calls {@link SigningKeys#protectStoredKeys()}, as these tests do without a restart).
 */
@QuarkusTest
class SigningKeyEncryptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase db = TestDatabase.of("identity");

    @Inject
    SigningKeys signingKeys;

    @Inject
    IdentityConfig config;

    @Test
    void newSigningKeysAreStoredEncryptedWithTheCurrentKey() throws Exception {
        String kid = kidOf(Accounts.signUp().token());
        Map<String, Object> row = db.rows("SELECT private_key, encrypted_with FROM signing_key WHERE kid = ?", kid).get(0);
        assertThat(row.get("encrypted_with")).isEqualTo(current().currentId().orElseThrow());
        // plaintext PKCS#8 of an RSA key starts "MIIE" in base64
        assertThat((String) row.get("private_key")).doesNotStartWith("MII");
    }

    @Test
    void aKeyStoredBeforeEncryptionIsEncryptedAtStartAndStillSignsTokensThatVerify() throws Throwable {
        KeyPair pair = rsa();
        String kid = "ins_legacy" + UUID.randomUUID().toString().replace("-", "");
        String plaintext = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        // the newest key not retired: it becomes the one new tokens are signed with
        db.update("INSERT INTO signing_key (kid, private_key, public_jwk, created_at) VALUES (?, ?, ?, now())",
                kid, plaintext, publicJwk(pair, kid));

        int reencrypted = VertxContextSupport.subscribeAndAwait(signingKeys::protectStoredKeys);

        assertThat(reencrypted).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = db.rows("SELECT private_key, encrypted_with FROM signing_key WHERE kid = ?", kid).get(0);
        assertThat(row.get("encrypted_with")).isEqualTo(current().currentId().orElseThrow());
        assertThat(row.get("private_key")).isNotEqualTo(plaintext);
        assertThat(current().open(kid, new KeyEncryption.Sealed((String) row.get("private_key"), (String) row.get("encrypted_with"))))
                .isEqualTo(pair.getPrivate().getEncoded());

        Accounts.Person pat = Accounts.signUp();
        assertThat(kidOf(pat.token())).isEqualTo(kid);
        JsonWebSignature signed = new JsonWebSignature();
        signed.setCompactSerialization(pat.token());
        signed.setKey(pair.getPublic());
        assertThat(signed.verifySignature()).as("signed with the re-encrypted key").isTrue();
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", hasItem(kid));
    }

    @Test
    void rotationReEncryptsAKeyUnderThePreviousKeyEncryptionKeyWithTheCurrentOne() throws Throwable {
        KeyEncryption previousOnly = KeyEncryption.of(Optional.of(previousKey()), List.of(), true);
        KeyPair pair = rsa();
        String kid = "ins_rotated" + UUID.randomUUID().toString().replace("-", "");
        KeyEncryption.Sealed old = previousOnly.seal(kid, pair.getPrivate().getEncoded());
        db.update("INSERT INTO signing_key (kid, private_key, public_jwk, created_at, retired_at, encrypted_with) "
                + "VALUES (?, ?, ?, now() - interval '40 days', now() - interval '10 days', ?)",
                kid, old.value(), publicJwk(pair, kid), old.encryptedWith());

        VertxContextSupport.subscribeAndAwait(signingKeys::protectStoredKeys);

        Map<String, Object> row = db.rows("SELECT private_key, encrypted_with FROM signing_key WHERE kid = ?", kid).get(0);
        assertThat(row.get("encrypted_with")).isEqualTo(current().currentId().orElseThrow())
                .isNotEqualTo(old.encryptedWith());
        KeyEncryption.Sealed now = new KeyEncryption.Sealed((String) row.get("private_key"), (String) row.get("encrypted_with"));
        assertThat(current().open(kid, now)).isEqualTo(pair.getPrivate().getEncoded());
        // the previous key is no longer needed for it
        assertThatThrownBy(() -> previousOnly.open(kid, now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyUnderAnUnknownKeyEncryptionKeyStopsTheStartNamingTheVariables() {
        KeyEncryption stranger = KeyEncryption.of(Optional.of(SelfIssuerTestResource.randomKey()), List.of(), true);
        KeyPair pair = rsa();
        String kid = "ins_stranger" + UUID.randomUUID().toString().replace("-", "");
        KeyEncryption.Sealed sealed = stranger.seal(kid, pair.getPrivate().getEncoded());
        db.update("INSERT INTO signing_key (kid, private_key, public_jwk, created_at, retired_at, encrypted_with) "
                + "VALUES (?, ?, ?, now() - interval '40 days', now() - interval '10 days', ?)",
                kid, sealed.value(), publicJwk(pair, kid), sealed.encryptedWith());
        try {
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(signingKeys::protectStoredKeys))
                    .hasMessageContaining(kid)
                    .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY_PREVIOUS");
        } finally {
            db.update("DELETE FROM signing_key WHERE kid = ?", kid);
        }
    }

    private KeyEncryption current() {
        return KeyEncryption.of(config.issuer().keyEncryptionKey(), List.of(), true);
    }

    private String previousKey() {
        return config.issuer().keyEncryptionKeyPrevious().orElseThrow().get(0);
    }

    private static String kidOf(String token) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
                .get("kid").asText();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicJwk(KeyPair pair, String kid) {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
