package dev.mentra.identity.service;

import dev.mentra.identity.SigningKey;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.repository.SigningKeyRepository;
import dev.mentra.platform.concurrent.Offload;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The local issuer's RSA keys (2048-bit, as Clerk's): generated on first use, kept in the database (never in the
 * repository) with the private half encrypted ({@link KeyEncryption}), rotated after
 * {@code mentra.identity.issuer.key-rotation}. A retired key stays in the JWKS until every token it signed has
 * expired, so rotation never logs anyone out. At start every stored key not yet under the current key encryption
 * key (stored before encryption, or under a previous key) is re-encrypted with it.
 */
@ApplicationScoped
public class SigningKeys {

    /** Serialises key creation across replicas; any constant unique within this database. */
    private static final long KEY_LOCK = 0x6d656e7472610002L;
    private static final Duration VERIFIER_SKEW = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final SigningKeyRepository keys;
    private final IdentityConfig config;
    private final KeyEncryption encryption;
    private final ConcurrentMap<String, PrivateKey> decoded = new ConcurrentHashMap<>();
    private final Clock clock;

    public SigningKeys(SigningKeyRepository keys, IdentityConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        // production refuses to sign with keys kept in plaintext (Clerk mode signs nothing and needs no key)
        this.encryption = KeyEncryption.of(config.issuer().keyEncryptionKey(),
                config.issuer().keyEncryptionKeyPrevious().orElse(List.of()),
                ConfigUtils.isProfileActive("prod") && config.mode() == IdentityConfig.Mode.LOCAL);
    }

    /** Refuses to start without a usable key encryption key, and brings every stored key under the current one. */
    void onStart(@Observes StartupEvent startup) throws Throwable {
        if (config.mode() != IdentityConfig.Mode.LOCAL) {
            return;
        }
        if (encryption.currentId().isEmpty()) {
            LOG.warnf("%s is not set: signing keys are stored unencrypted (refused in production)", KeyEncryption.VARIABLE);
        }
        int reencrypted = VertxContextSupport.subscribeAndAwait(this::protectStoredKeys);
        if (reencrypted > 0) {
            LOG.infof("Re-encrypted %d signing key(s) with key encryption key %s", reencrypted,
                    encryption.currentId().orElseThrow());
        }
    }

    /**
     * Re-encrypts with the current key encryption key every stored key that is not under it yet (plaintext, or under
     * a previous key); fails, naming the variables, on a key encrypted with a key encryption key it does not know.
     * Serialised with key creation across replicas.
     *
     * @return how many keys were re-encrypted
     */
    public Uni<Integer> protectStoredKeys() {
        return Panache.withTransaction(() -> lock().flatMap(locked -> keys.listAll()).map(all -> {
            int changed = 0;
            for (SigningKey key : all) {
                if (encryption.isCurrent(key.encryptedWith)) {
                    continue;
                }
                byte[] plain = encryption.open(key.kid, new KeyEncryption.Sealed(key.privateKey, key.encryptedWith));
                if (encryption.currentId().isPresent()) {
                    store(key, plain);
                    changed++;
                }
            }
            return changed;
        }));
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

    private Uni<Object> lock() {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, KEY_LOCK).getSingleResult());
    }

    private Uni<SigningKey> rotateLocked() {
        return lock()
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
    private Uni<SigningKey> generate() {
        return Offload.blocking(() -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                SigningKey key = new SigningKey();
                key.kid = "ins_" + UUID.randomUUID().toString().replace("-", "");
                store(key, pair.getPrivate().getEncoded());
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

    private void store(SigningKey key, byte[] pkcs8) {
        KeyEncryption.Sealed sealed = encryption.seal(key.kid, pkcs8);
        key.privateKey = sealed.value();
        key.encryptedWith = sealed.encryptedWith();
    }

    private PrivateKey privateKey(SigningKey key) {
        return decoded.computeIfAbsent(key.kid, kid -> {
            try {
                byte[] pkcs8 = encryption.open(kid, new KeyEncryption.Sealed(key.privateKey, key.encryptedWith));
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Signing key " + kid + " cannot be read", e);
            }
        });
    }

    /** The published keys as an RFC 7517 JWK set, public members only. */
    static String toJwks(List<SigningKey> published) {
        JsonWebKeySet set = new JsonWebKeySet();
        for (SigningKey key : published) {
            try {
                set.addJsonWebKey(JsonWebKey.Factory.newJwk(key.publicJwk));
            } catch (JoseException e) {
                throw new IllegalStateException("Signing key " + key.kid + " has no readable public JWK", e);
            }
        }
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private OffsetDateTime now() {
        return UserService.utcNow(clock);
    }

    /** The key to sign with now. */
    public record ActiveKey(String kid, PrivateKey privateKey) {
    }

}
