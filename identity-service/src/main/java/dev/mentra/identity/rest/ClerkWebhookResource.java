package dev.mentra.identity.rest;

import dev.mentra.identity.service.ClerkWebhooks;
import dev.mentra.identity.service.IdentityMetrics;
import dev.mentra.platform.metrics.WebhookDeliveries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Clerk's user webhooks (Svix-signed). No token: the signature is the authentication. */
@Path("/webhooks/clerk")
public class ClerkWebhookResource {

    private final ClerkWebhooks webhooks;
    private final WebhookDeliveries deliveries;

    public ClerkWebhookResource(ClerkWebhooks webhooks, IdentityMetrics metrics) {
        this.webhooks = webhooks;
        this.deliveries = metrics.clerkWebhooks();
    }

    /** The raw body, exactly as signed: it must not be parsed and re-serialised before verification. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "204", description = "Applied, or already applied")
    public Uni<Response> receive(@HeaderParam("svix-id") String id, @HeaderParam("svix-timestamp") String timestamp,
                                 @HeaderParam("svix-signature") String signature, String body) {
        return deliveries.counted(() -> webhooks.receive(new ClerkWebhooks.Delivery(id, timestamp, signature, body)))
                .map(applied -> Response.noContent().build());
    }
}
