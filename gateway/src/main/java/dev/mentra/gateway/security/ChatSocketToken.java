package dev.mentra.gateway.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * A browser cannot set headers on a WebSocket upgrade, so the chat socket may carry the session token in its
 * {@code access_token} query parameter instead. The token is verified exactly as a bearer header would be (same
 * identity provider, same augmentors), and only on that path: everywhere else a token in a URL is ignored.
 */
@ApplicationScoped
public class ChatSocketToken implements HttpAuthenticationMechanism {

    public static final String PATH = "/api/chat/ws";
    public static final String PARAMETER = "access_token";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        String token = tokenOf(rc);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        // as JWTAuthMechanism does: a failure is then challenged by this mechanism
        rc.put(HttpAuthenticationMechanism.class.getName(), this);
        AuthenticationRequest request = new TokenAuthenticationRequest(new JsonWebTokenCredential(token));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, rc));
    }

    /** The parameter's token on the chat socket when no Authorization header was sent (the header wins). */
    static String tokenOf(RoutingContext rc) {
        if (!PATH.equals(rc.normalizedPath()) || rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String token = rc.request().getParam(PARAMETER);
        return token == null || token.isBlank() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
