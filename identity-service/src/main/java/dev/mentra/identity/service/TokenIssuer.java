package dev.mentra.identity.service;

import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Mints session tokens of the same shape as Clerk's (RS256, {@code kid} header, {@code iss sub sid azp iat nbf exp},
 * plus the JWT-template claims {@code email name roles}), so one verification path serves both modes.
 */
@ApplicationScoped
public class TokenIssuer {

    private final SigningKeys keys;
    private final IdentityConfig config;
    private final Clock clock;

    public TokenIssuer(SigningKeys keys, IdentityConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    public Uni<SessionToken> issue(User user, String sessionId, String authorizedParty) {
        return keys.current().map(key -> {
            Instant now = Instant.now(clock);
            Instant expires = now.plus(config.issuer().tokenLifetime());
            String jwt = Jwt.issuer(config.issuer().url())
                    .subject(user.id)
                    .claim("sid", sessionId)
                    .claim("azp", authorizedParty)
                    .issuedAt(now.getEpochSecond())
                    .claim("nbf", now.getEpochSecond())
                    .expiresAt(expires.getEpochSecond())
                    .claim("jti", UUID.randomUUID().toString())
                    .claim("email", user.email)
                    .claim("name", user.displayName)
                    .claim("roles", List.of(user.roles))
                    .jws().keyId(key.kid()).algorithm(SignatureAlgorithm.RS256)
                    .sign(key.privateKey());
            return new SessionToken(jwt, expires);
        });
    }

    /** A session token and when it stops being accepted. */
    public record SessionToken(String token, Instant expiresAt) {
    }
}
