package dev.mentra.identity.rest;

import dev.mentra.identity.service.SigningKeys;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The local issuer's public keys where verifiers look for Clerk's: {@code /.well-known/jwks.json}. */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The issuer's public keys (RFC 7517 JWK set)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "keys", properties = @SchemaProperty(name = "keys", type = SchemaType.ARRAY))))
    public Uni<Response> jwks() {
        return keys.jwks().map(JwksResource::answer);
    }

    static Response answer(String jwks) {
        // short caching: verifiers also reload at once when they meet an unknown kid
        return Response.ok(jwks, MediaType.APPLICATION_JSON).header("Cache-Control", "public, max-age=300").build();
    }
}
