package dev.mentra.identity.rest;

import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.service.AccountService;
import dev.mentra.identity.service.BcryptLength;
import dev.mentra.identity.service.SigningKeys;
import dev.mentra.platform.security.TokenPolicyConfig;
import dev.mentra.platform.validation.TimeZoneId;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.Set;

/**
 * The local issuer (offline mode), shaped like Clerk's Frontend API: sign up, sign in, renew the session token
 * from the session cookie, sign out; and the public keys every verifier uses.
 */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public static final String SESSION_COOKIE = "mentra_session";

    private final AccountService accounts;
    private final SigningKeys keys;
    private final IdentityConfig config;
    private final TokenPolicyConfig tokenPolicy;

    public AuthResource(AccountService accounts, SigningKeys keys, IdentityConfig config, TokenPolicyConfig tokenPolicy) {
        this.accounts = accounts;
        this.keys = keys;
        this.config = config;
        this.tokenPolicy = tokenPolicy;
    }

    public record SignUp(@NotBlank @Email @Size(max = 254) String email,
                         @NotNull @Size(min = 10, max = 128, message = "must be 10 to 128 characters") @BcryptLength
                         String password,
                         @NotBlank @Size(max = 100) String name,
                         @TimeZoneId String timeZone) {
    }

    /** Bounded like sign-up's fields (an email is at most 254 characters), so no guess costs more than a real one. */
    public record SignIn(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    /** The answer to every successful sign-up, sign-in and renewal. */
    @Schema(requiredProperties = {"token", "expiresAt", "user"})
    public record Session(String token, Instant expiresAt, UserViews.PrivateProfile user) {
    }

    @POST
    @Path("/sign-up")
    @APIResponse(responseCode = "201", description = "Signed up and signed in; sets the session cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Session.class)))
    public Uni<Response> signUp(@Valid @NotNull SignUp body, @Context HttpServerRequest request) {
        var account = new AccountService.NewAccount(body.email(), body.password(), body.name(),
                body.timeZone() == null ? "UTC" : body.timeZone(), Set.of(User.MENTEE));
        return accounts.signUp(account, authorizedParty(request)).map(s -> withCookie(s, 201));
    }

    @POST
    @Path("/sign-in")
    @APIResponse(responseCode = "200", description = "Signed in; sets the session cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Session.class)))
    public Uni<Response> signIn(@Valid @NotNull SignIn body, @Context HttpServerRequest request) {
        return accounts.signIn(body.email(), body.password(), ClientAddress.of(request), authorizedParty(request))
                .map(s -> withCookie(s, 200));
    }

    /** Renews the short-lived session token, as Clerk's SDK does before it expires. */
    @POST
    @Path("/token")
    @APIResponse(responseCode = "200", description = "A new session token; renews the session cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Session.class)))
    public Uni<Response> token(@CookieParam(SESSION_COOKIE) String cookie, @Context HttpServerRequest request) {
        return accounts.renew(cookie, authorizedParty(request)).map(s -> withCookie(s, 200));
    }

    @POST
    @Path("/sign-out")
    @APIResponse(responseCode = "204", description = "Signed out; clears the session cookie")
    public Uni<Response> signOut(@CookieParam(SESSION_COOKIE) String cookie) {
        return accounts.signOut(cookie).map(v -> Response.noContent().cookie(cookie("", 0)).build());
    }

    @GET
    @Path("/jwks")
    @APIResponse(responseCode = "200", description = "The issuer's public keys (RFC 7517 JWK set)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "keys", properties = @SchemaProperty(name = "keys", type = SchemaType.ARRAY))))
    public Uni<Response> jwks() {
        return keys.jwks().map(JwksResource::answer);
    }

    private Response withCookie(AccountService.SignedIn signedIn, int status) {
        long maxAge = config.issuer().sessionLifetime().toSeconds();
        return Response.status(status)
                .entity(new Session(signedIn.token().token(), signedIn.token().expiresAt(),
                        UserViews.PrivateProfile.of(signedIn.user())))
                .cookie(cookie(signedIn.cookie(), (int) maxAge))
                .build();
    }

    /** httpOnly (scripts cannot read it), SameSite=Strict (other sites cannot send it), only for /api/auth. */
    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(SESSION_COOKIE)
                .value(value)
                .path("/api/auth")
                .httpOnly(true)
                .secure(config.issuer().cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    /** Like Clerk: the token names the origin it was issued to, when that origin is one of ours. */
    private String authorizedParty(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null && tokenPolicy.authorizedParties().contains(origin)
                ? origin
                : tokenPolicy.authorizedParties().get(0);
    }
}
