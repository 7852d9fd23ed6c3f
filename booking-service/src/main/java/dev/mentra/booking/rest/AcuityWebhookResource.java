package dev.mentra.booking.rest;

import dev.mentra.booking.client.AcuityException;
import dev.mentra.booking.client.AcuityAccount;
import dev.mentra.booking.client.AcuitySignature;
import dev.mentra.booking.service.AcuitySync;
import dev.mentra.booking.service.BookingMetrics;
import dev.mentra.booking.service.SlotService;
import dev.mentra.platform.input.FormFields;
import dev.mentra.platform.metrics.WebhookDeliveries;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acuity's webhooks (form-encoded {@code action}, {@code id}, {@code calendarID}, {@code appointmentTypeID}),
 * verified by {@code x-acuity-signature} over the raw body before anything is read or written.
 */
@Path("/webhooks/acuity")
@PermitAll
public class AcuityWebhookResource {

    private static final Logger LOG = Logger.getLogger(AcuityWebhookResource.class);
    private static final Set<String> APPOINTMENT_ACTIONS = Set.of("appointment.scheduled", "appointment.rescheduled",
            "appointment.canceled", "appointment.changed", "scheduled", "rescheduled", "canceled", "changed");

    private final AcuityAccount acuity;
    private final AcuitySync sync;
    private final WebhookDeliveries deliveries;

    public AcuityWebhookResource(AcuityAccount acuity, AcuitySync sync, BookingMetrics metrics) {
        this.acuity = acuity;
        this.sync = sync;
        this.deliveries = metrics.acuityWebhooks();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Whether the change was applied (false: ignored or refused)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "applied",
                    properties = @SchemaProperty(name = "applied", type = SchemaType.BOOLEAN))))
    public Uni<Response> notify(@HeaderParam("x-acuity-signature") String signature, byte[] body) {
        return deliveries.counted(() -> handle(signature, body));
    }

    private Uni<Response> handle(String signature, byte[] body) {
        if (!acuity.enabled()) {
            throw ProblemException.notFound("Acuity integration");
        }
        if (!AcuitySignature.verify(body, signature, acuity.apiKey())) {
            throw new ProblemException(401, "bad-signature", "Bad signature",
                    "The x-acuity-signature header does not match the body");
        }
        Map<String, String> form = FormFields.parse(body);
        String action = form.getOrDefault("action", "");
        if (!APPOINTMENT_ACTIONS.contains(action)) {
            LOG.debugf("Acuity webhook %s ignored", action);
            return Uni.createFrom().item(Response.ok(Map.of("applied", false)).build());
        }
        long id;
        try {
            id = Long.parseLong(form.getOrDefault("id", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("id", "must be an appointment id")));
        }
        // Acuity re-sends a webhook that failed: a 503 while Acuity cannot be read back is the honest answer
        return sync.appointmentChanged(id)
                .replaceWith(Response.ok(Map.of("applied", true)).build())
                .onFailure(AcuityException.Refused.class).recoverWithItem(refused -> {
                    LOG.warnf("Acuity webhook for appointment %d not applied: %s", id, refused.getMessage());
                    return Response.ok(Map.of("applied", false)).build();
                })
                .onFailure().transform(SlotService::unavailable);
    }
}
