package dev.mentra.platform.logging;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * Puts the verified caller's user id (the token's {@code sub}) in the log context once the token is accepted, so the
 * request's later log lines say whose request it was ({@code mdc.userId}). Only the id: never the token, the email or
 * the name.
 */
@ApplicationScoped
public class CallerLogContext implements SecurityIdentityAugmentor {

    /** The log-context (MDC) key of the user id. */
    public static final String USER_ID = "userId";

    @Override
    public int priority() {
        // after every check that may still refuse the token (default priority 0)
        return -100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null) {
            MDC.put(USER_ID, token.getSubject());
        }
        return Uni.createFrom().item(identity);
    }
}
