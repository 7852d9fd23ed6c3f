package dev.mentra.booking.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Duration;
import java.util.List;

/** Acuity Scheduling's REST API v1, the part Mentra uses (https://developers.acuityscheduling.com/reference). */
@RegisterRestClient(configKey = "acuity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AcuityApi {

    /** A time that can be booked, e.g. {@code {"time":"2026-03-02T10:15:00-0700","slotsAvailable":1}}. */
    record AvailableTime(String time, Integer slotsAvailable) {
    }

    record NewAppointment(String datetime, Long appointmentTypeID, Long calendarID, String firstName,
                          String lastName, String email, String notes, String timezone) {
    }

    record Reschedule(String datetime) {
    }

    record Cancel(String cancelNote) {
    }

    @GET
    @Path("/availability/times")
    Uni<List<AvailableTime>> times(@HeaderParam("Authorization") String auth,
                                   @QueryParam("appointmentTypeID") String appointmentTypeId,
                                   @QueryParam("calendarID") String calendarId, @QueryParam("date") String date,
                                   @QueryParam("timezone") String timezone);

    @POST
    @Path("/appointments")
    Uni<AcuityAppointment> create(@HeaderParam("Authorization") String auth, NewAppointment appointment);

    @GET
    @Path("/appointments/{id}")
    Uni<AcuityAppointment> get(@HeaderParam("Authorization") String auth, @PathParam("id") long id);

    @GET
    @Path("/appointments")
    Uni<List<AcuityAppointment>> list(@HeaderParam("Authorization") String auth,
                                      @QueryParam("calendarID") String calendarId,
                                      @QueryParam("minDate") String minDate, @QueryParam("maxDate") String maxDate,
                                      @QueryParam("canceled") Boolean canceled, @QueryParam("max") int max);

    @PUT
    @Path("/appointments/{id}/reschedule")
    Uni<AcuityAppointment> reschedule(@HeaderParam("Authorization") String auth, @PathParam("id") long id,
                                      Reschedule reschedule);

    @PUT
    @Path("/appointments/{id}/cancel")
    Uni<AcuityAppointment> cancel(@HeaderParam("Authorization") String auth, @PathParam("id") long id,
                                  Cancel cancel);

    /** Acuity's errors are {@code {"status_code":400,"message":"…","error":"not_available"}}. */
    @ClientExceptionMapper
    static RuntimeException failure(Response response) {
        int status = response.getStatus();
        String message = "Acuity answered " + status;
        String error = null;
        try {
            JsonNode body = new ObjectMapper().readTree(response.readEntity(String.class));
            if (body != null && body.hasNonNull("message")) {
                message = body.get("message").asText();
            }
            if (body != null && body.hasNonNull("error")) {
                error = body.get("error").asText();
            }
        } catch (Exception ignored) {
            // an HTML error page from a proxy: the status says enough
        }
        if (status == 429 || status == 503) {
            // turned away before Acuity acted; a 429 without a readable Retry-After waits a second
            Duration wait = retryAfter(response.getHeaderString("Retry-After"));
            if (status == 429) {
                return new AcuityException.RetryLater("Acuity is limiting requests: " + message,
                        wait != null ? wait : Duration.ofSeconds(1));
            }
            if (wait != null) {
                return new AcuityException.RetryLater("Acuity is unavailable: " + message, wait);
            }
        }
        if (status >= 500) {
            return new AcuityException.Unavailable("Acuity failed: " + message);
        }
        return new AcuityException.Refused(status, error, message);
    }

    /** {@code Retry-After} in seconds; null when absent or an HTTP date. */
    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
