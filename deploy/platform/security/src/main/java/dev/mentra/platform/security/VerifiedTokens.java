package dev.mentra.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each distinct token in full once (signature, {@code iss}, {@code exp}/{@code nbf}: SmallRye JWT's parser,
 * which this decorates) and then answers from the {@link VerifiedTokenCache} until the token expires. A web client
 * sends the same session token with every request of its lifetime (Clerk's live 60 s); verifying it again each
 * time cost an RSA check and a JSON parse per request, the largest part of what the gateway adds to a call.
 *
 * <p>Only successes are remembered, keyed by the whole token text (any change to a signed token is another key,
 * verified from scratch). The checks that follow verification ({@link AuthorizedPartyCheck}, roles) still run on
 * every request.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokenCache verified;

    @Inject
    protected VerifiedTokens(@Delegate JWTParser parser, VerifiedTokenCache verified) {
        this.parser = parser;
        this.verified = verified;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token).orElse(null);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
