package dev.mentra.local.testing;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Clerk-shaped session tokens for tests, signed by a test issuer whose JWKS {@link TokenTestResource} serves.
 * The builder also makes every kind of bad token a verifier must refuse.
 */
public final class TestTokens {

    public static final String ISSUER = "https://clerk.mentra.test";
    public static final String AUTHORIZED_PARTY = "https://app.mentra.test";

    private static final RsaJsonWebKey KEY = generate("test-key-1");
    /** Signs well-formed tokens that no JWKS we serve knows: "signed by someone else". */
    private static final RsaJsonWebKey STRANGER = generate("test-key-1");

    private TestTokens() {
    }

    public static String jwks() {
        return new JsonWebKeySet(KEY).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** A token for a new random user with the {@code mentee} role. */
    public static Builder anyUser() {
        return forUser("user_" + UUID.randomUUID().toString().replace("-", ""));
    }

    public static Builder forUser(String userId) {
        return new Builder(userId);
    }

    public static final class Builder {
        private final String subject;
        private String issuer = ISSUER;
        private String azp = AUTHORIZED_PARTY;
        private String email;
        private String name = "Test User";
        private List<String> roles = List.of("mentee");
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private Instant notBefore;
        private String algorithm = AlgorithmIdentifiers.RSA_USING_SHA256;
        private RsaJsonWebKey key = KEY;

        private Builder(String subject) {
            this.subject = subject;
            this.email = subject.toLowerCase() + "@mentra.test";
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** {@code null} leaves the claim out, as Clerk does for tokens minted without an origin. */
        public Builder authorizedParty(String azp) {
            this.azp = azp;
            return this;
        }

        public Builder expiredSecondsAgo(long seconds) {
            this.issuedAt = Instant.now().minus(lifetime).minusSeconds(seconds);
            return this;
        }

        public Builder notBeforeSecondsFromNow(long seconds) {
            this.notBefore = Instant.now().plusSeconds(seconds);
            return this;
        }

        /** Signed by a key the JWKS does not hold (but with a known kid). */
        public Builder signedByAStranger() {
            this.key = STRANGER;
            return this;
        }

        public String claimsJson() {
            return claims().toJson();
        }

        private JwtClaims claims() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(subject);
            claims.setClaim("sid", "sess_" + UUID.randomUUID().toString().replace("-", ""));
            if (azp != null) {
                claims.setClaim("azp", azp);
            }
            claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setNotBefore(org.jose4j.jwt.NumericDate.fromSeconds(
                    (notBefore == null ? issuedAt : notBefore).getEpochSecond()));
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(issuedAt.plus(lifetime).getEpochSecond()));
            claims.setClaim("email", email);
            claims.setClaim("name", name);
            claims.setStringListClaim("roles", new ArrayList<>(roles));
            return claims;
        }

        public String sign() {
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(claims().toJson());
                jws.setKeyIdHeaderValue(key.getKeyId());
                jws.setAlgorithmHeaderValue(algorithm);
                jws.setKey(key.getPrivateKey());
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code alg: none}: no signature at all. */
        public String unsigned() {
            return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claimsJson()) + ".";
        }

        /** HS256 keyed with the issuer's public key: the classic algorithm-confusion forgery. */
        public String hs256WithPublicKeyAsSecret() {
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(claimsJson());
                jws.setKeyIdHeaderValue(KEY.getKeyId());
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
                jws.setKey(new HmacKey(KEY.getPublicKey().getEncoded()));
                jws.setDoKeyValidation(false);
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A valid token whose payload was edited afterwards (roles raised to admin). */
        public String tamperedToAdmin() {
            String[] parts = sign().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replaceAll("\"roles\":\\[[^]]*]", "\"roles\":[\"admin\"]");
            return parts[0] + "." + base64Url(payload) + "." + parts[2];
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static RsaJsonWebKey generate(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
