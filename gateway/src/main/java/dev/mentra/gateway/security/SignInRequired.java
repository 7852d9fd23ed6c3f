package dev.mentra.gateway.security;

import dev.mentra.platform.http.ProblemBody;
import dev.mentra.platform.security.AuthProblems;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a caller without a token on a protected route. Quarkus denies such a caller by asking the mechanisms
 * for a challenge, not through the failure handlers, so {@link AuthProblems} never sees it and the answer would
 * be an empty 401. Asked first (highest priority), this mechanism answers in the same problem+json shape as a
 * refused token. It authenticates nobody: the JWT mechanism and {@link ChatSocketToken} do.
 */
@ApplicationScoped
public class SignInRequired implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext rc) {
        if (!rc.response().headWritten()) {
            rc.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            ProblemBody.send(rc.response(), AuthProblems.unauthorized(rc.normalizedPath()));
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }
}
