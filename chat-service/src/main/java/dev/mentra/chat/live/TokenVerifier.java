package dev.mentra.chat.live;

import dev.mentra.platform.concurrent.Offload;
import dev.mentra.platform.security.AuthorizedPartyCheck;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a token that came on a socket (query parameter or {@code auth} frame) with the same policy as every
 * HTTP request (mentra-platform-security): signature from the JWKS, issuer, exp/nbf with skew, then the shared
 * subject and azp policy ({@link AuthorizedPartyCheck}).
 */
@ApplicationScoped
public class TokenVerifier {

    /** The token was refused; the message says why, fit for a close reason. */
    public static class InvalidToken extends RuntimeException {
        public InvalidToken(String message) {
            super(message);
        }
    }

    private final JWTParser parser;
    private final AuthorizedPartyCheck policy;

    public TokenVerifier(JWTParser parser, AuthorizedPartyCheck policy) {
        this.parser = parser;
        this.policy = policy;
    }

    public Uni<JsonWebToken> verify(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 8192) {
            return Uni.createFrom().failure(new InvalidToken("a token is required"));
        }
        // parsing may fetch the JWKS over HTTP the first time (or after a key rotation): not on the event loop
        return Offload.blocking(() -> {
            try {
                return parser.parse(raw.strip());
            } catch (ParseException e) {
                throw new InvalidToken("invalid or expired token");
            }
        }).invoke(token -> {
            String problem = policy.problemWith(token);
            if (problem != null) {
                throw new InvalidToken(problem);
            }
        });
    }
}
