package dev.mentra.identity.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import dev.mentra.platform.concurrent.Offload;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt (cost 12), from Quarkus's Elytron. Hashing is deliberately slow, so it runs on a worker thread,
 * never on the event loop.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int COST = 12;
    /** Compared against when the email is unknown, so both failures take the same time. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    public Uni<String> hash(String password) {
        return Offload.blocking(() -> BcryptUtil.bcryptHash(password, COST));
    }

    /** @param hash null when there is no such account: a decoy is checked instead and the answer is false */
    public Uni<Boolean> matches(String password, String hash) {
        return Offload.blocking(() -> BcryptUtil.matches(password, hash == null ? DECOY : hash) && hash != null);
    }
}
