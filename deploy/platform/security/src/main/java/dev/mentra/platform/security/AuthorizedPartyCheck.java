package dev.mentra.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Completes what the JWT library verifies (signature, iss, exp, nbf): a token's {@code azp}, when present, must be
 * one of our origins, and a token must name its subject. The session id ({@code sid}) is not required: it is read
 * where a session matters ({@link Caller}), and a token without one is otherwise valid.
 */
@ApplicationScoped
public class AuthorizedPartyCheck implements SecurityIdentityAugmentor {

    private final TokenPolicyConfig config;

    public AuthorizedPartyCheck(TokenPolicyConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problemWith(token);
        return problem == null
                ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(problem));
    }

    /**
     * Why {@code token} (already verified by the JWT library) is refused by this policy, or null when it passes;
     * also for tokens that do not come with a request (chat's socket frames).
     */
    public String problemWith(JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            return "token has no subject";
        }
        String azp = token.getClaim("azp");
        if (azp != null && !config.authorizedParties().contains(azp)) {
            return "token was issued to another party";
        }
        return null;
    }
}
