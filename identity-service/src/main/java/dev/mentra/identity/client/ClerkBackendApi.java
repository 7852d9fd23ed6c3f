package dev.mentra.identity.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** Clerk's Backend API, the part we use (https://clerk.com/docs/reference/backend-api). */
@RegisterRestClient(configKey = "clerk-api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ClerkBackendApi {

    /** Deep-merges into the user's metadata; {@code public_metadata.roles} feeds the session token template. */
    @PATCH
    @Path("/users/{userId}/metadata")
    Uni<Map<String, Object>> updateMetadata(@HeaderParam("Authorization") String bearer,
                                           @PathParam("userId") String userId, MetadataUpdate update);

    record MetadataUpdate(Map<String, Object> public_metadata) {
        static MetadataUpdate roles(List<String> roles) {
            return new MetadataUpdate(Map.of("roles", roles));
        }
    }
}
