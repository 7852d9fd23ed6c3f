package dev.mentra.identity.service;

import dev.mentra.identity.SigningKey;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.repository.SigningKeyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import dev.mentra.platform.concurrent.Offload;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The local issuer's RSA keys (2048-bit, as Clerk's): generated on first use, kept in the database (never in the
 * repository), rotated after {@code mentra.identity.issuer.key-rotation}. A retired key stays in the JWKS until
 * every token it signed has expired, so rotation never logs anyone out.
 */
@ApplicationScoped
public class SigningKeys {

    /** Serialises key creation across replicas; any constant unique within this database. */
    private static final long KEY_LOCK = 0x6d656e7472610002L;
    private static final Duration VERIFIER_SKEW = Duration.ofSeconds(30);

    private final SigningKeyRepository keys;
    private final IdentityConfig config;
    private final ConcurrentMap<String, PrivateKey> decoded = new ConcurrentHashMap<>();

    public SigningKeys(SigningKeyRepository keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** The key new tokens are signed with; created if there is none yet or it is due for rotation. */
    public Uni<ActiveKey> current() {
        return Panache.withTransaction(() -> keys.findCurrent().flatMap(key -> key != null && !dueForRotation(key)
                ? Uni.createFrom().item(key)
                : rotateLocked()))
                .map(key -> new ActiveKey(key.kid, privateKey(key)));
    }

    /** Retires the current key and makes a new one. */
    public Uni<SigningKey> rotate() {
        return Panache.withTransaction(this::rotateLocked);
    }

    /** The public keys verifiers may need: current and recently retired. */
    public Uni<String> jwks() {
        OffsetDateTime oldestLiveToken = now().minus(config.issuer().tokenLifetime()).minus(VERIFIER_SKEW);
        return Panache.withSession(() -> keys.findPublished(oldestLiveToken))
                .map(SigningKeys::toJwks);
    }

    private Uni<SigningKey> rotateLocked() {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                        .setParameter(1, KEY_LOCK).getSingleResult())
                // another replica may have rotated while we waited for the lock
                .flatMap(locked -> keys.findCurrent())
                .flatMap(key -> {
                    if (key != null && !dueForRotation(key)) {
                        return Uni.createFrom().item(key);
                    }
                    Uni<Void> retire = key == null ? Uni.createFrom().voidItem()
                            : keys.update("retiredAt = ?1 where kid = ?2", now(), key.kid).replaceWithVoid();
                    return retire.flatMap(v -> generate()).flatMap(fresh -> keys.persist(fresh));
                });
    }

    private boolean dueForRotation(SigningKey key) {
        return key.createdAt.plus(config.issuer().keyRotation()).isBefore(now());
    }

    /** RSA key generation takes a noticeable moment: never on the event loop. */
    private static Uni<SigningKey> generate() {
        return Offload.blocking(() -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                SigningKey key = new SigningKey();
                key.kid = "ins_" + UUID.randomUUID().toString().replace("-", "");
                key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
                RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
                jwk.setKeyId(key.kid);
                jwk.setAlgorithm("RS256");
                jwk.setUse("sig");
                key.publicJwk = jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
                key.createdAt = now();
                return key;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA is not available", e);
            }
        });
    }

    private PrivateKey privateKey(SigningKey key) {
        return decoded.computeIfAbsent(key.kid, kid -> {
            try {
                return KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.privateKey)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Signing key " + kid + " cannot be read", e);
            }
        });
    }

    private static String toJwks(List<SigningKey> published) {
        return published.stream().map(k -> k.publicJwk)
                .collect(java.util.stream.Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The key to sign with now. */
    public record ActiveKey(String kid, PrivateKey privateKey) {
    }

}
