package dev.mentra.identity.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import dev.mentra.platform.concurrent.Offload;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt (cost 12), from Quarkus's Elytron. Hashing is deliberately slow, so it runs on a worker thread,
 * never on the event loop.
 * <p>bcrypt reads only the first {@value #MAX_BYTES} bytes of a password: two passwords that differ only after
 * them would hash alike. Sign-up refuses longer passwords ({@link BcryptLength}), so no account has one, and a
 * longer password given at sign-in never matches (it is still compared against the decoy, so it takes the time
 * every failure takes).
 */
@ApplicationScoped
public class PasswordHasher {

    /** What bcrypt reads of a password, in UTF-8 bytes. */
    public static final int MAX_BYTES = 72;

    private static final int COST = 12;
    /** Compared against when the email is unknown, so both failures take the same time. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    public Uni<String> hash(String password) {
        if (!fits(password)) {
            // validation refuses these first; hashing one would store a shorter password than the person chose
            return Uni.createFrom().failure(new IllegalArgumentException("password longer than bcrypt reads"));
        }
        return Offload.blocking(() -> BcryptUtil.bcryptHash(password, COST));
    }

    /** @param hash null when there is no such account: a decoy is checked instead and the answer is false */
    public Uni<Boolean> matches(String password, String hash) {
        boolean readable = fits(password);
        return Offload.blocking(() -> BcryptUtil.matches(password, hash == null || !readable ? DECOY : hash)
                && hash != null && readable);
    }
}
