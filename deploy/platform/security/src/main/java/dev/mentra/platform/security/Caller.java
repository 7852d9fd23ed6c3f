package dev.mentra.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified token says: the user id is its {@code sub}, the roles its {@code roles}.
 * Never derived from a header a client could set.
 *
 * <p>The synchronous accessors are for endpoints that require a signed-in caller ({@code @Authenticated},
 * {@code @RolesAllowed}), where the identity is resolved before the method runs. Endpoints open to everyone use
 * {@link #signedInId()}, which resolves a token if there is one without blocking the event loop.
 */
@RequestScoped
public class Caller {

    public static final String MENTEE = "mentee";
    public static final String MENTOR = "mentor";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation association;

    public Caller(SecurityIdentity identity, CurrentIdentityAssociation association) {
        this.identity = identity;
        this.association = association;
    }

    /** On an endpoint open to everyone: the caller's id if a (valid) token came, empty for anonymous callers. */
    public Uni<Optional<String>> signedInId() {
        return association.getDeferredIdentity().map(id -> id.isAnonymous() || !(id.getPrincipal() instanceof JsonWebToken t)
                ? Optional.<String>empty()
                : Optional.ofNullable(t.getSubject()));
    }

    /** The caller's user id; 401 when there is no verified caller. */
    public String id() {
        return token().map(JsonWebToken::getSubject).orElseThrow(() -> new UnauthorizedException("sign in first"));
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public Optional<String> email() {
        return token().map(t -> t.<String>getClaim("email"));
    }

    public Optional<String> name() {
        return token().map(t -> t.<String>getClaim("name"));
    }

    /** The token's session id ({@code sid}), as Clerk's. */
    public Optional<String> sessionId() {
        return token().map(t -> t.<String>getClaim("sid"));
    }

    private Optional<JsonWebToken> token() {
        return identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                ? Optional.empty()
                : Optional.of(token);
    }
}
