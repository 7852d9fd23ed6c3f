package dev.mentra.booking.rest;

import dev.mentra.booking.Booking;
import dev.mentra.booking.BookingQuery;
import dev.mentra.booking.config.BookingConfig;
import dev.mentra.booking.service.BookingService;
import dev.mentra.booking.service.SlotService;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.security.Caller;
import dev.mentra.platform.validation.PageNumber;
import dev.mentra.platform.validation.TimeZoneId;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Slots, and one's own bookings as mentee or mentor. */
@Path("/api/bookings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingService bookings;
    private final SlotService slots;
    private final BookingConfig config;
    private final Caller caller;
    private final Clock clock;

    public BookingResource(BookingService bookings, SlotService slots, BookingConfig config, Caller caller,
                           Clock clock) {
        this.bookings = bookings;
        this.slots = slots;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record NewBooking(@NotBlank @Size(max = 64) String mentorId, @NotNull OffsetDateTime startsAt,
                             @NotNull @TimeZoneId String timeZone, @Size(max = 1000) String note) {
    }

    public record Cancellation(@Size(max = 500) String reason) {
    }

    public record Reschedule(@NotNull OffsetDateTime startsAt) {
    }

    /**
     * Bookable start times of a mentor in the asker's zone. {@code from}/{@code to} are instants with an offset or
     * dates in {@code timeZone} ({@code to} inclusive); by default the next 14 days.
     */
    @GET
    @Path("/slots")
    public Uni<BookingViews.SlotsView> slots(@QueryParam("mentorId") @NotBlank @Size(max = 64) String mentorId,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("timeZone") @DefaultValue("UTC") @TimeZoneId String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        SlotRange range = SlotRange.of(from, to, zone, config.maxSlotRange(), Instant.now(clock));
        return slots.offer(mentorId, range.from(), range.to())
                .map(offer -> BookingViews.SlotsView.of(offer, slots.fromAcuity(offer.mentor()), zone));
    }

    /** Books a slot. Retrying with the same {@code Idempotency-Key} and body answers with the same booking. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Booked (or the booking this Idempotency-Key already made)",
            headers = {@Header(name = "Location", required = true, description = "The booking's address",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", required = true, schema = @Schema(type = SchemaType.BOOLEAN),
                            description = "true when an earlier request made this booking")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingViews.BookingView.class)))
    public Uni<Response> book(@HeaderParam("Idempotency-Key")
                              @Parameter(required = true, description = "8 to 100 letters, digits or . _ : - (a UUID), "
                                      + "new for each booking") String key,
                              @Valid @NotNull NewBooking body) {
        if (key == null || !key.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("Idempotency-Key",
                    "header required: 8 to 100 letters, digits or . _ : - (e.g. a UUID), new for each booking")));
        }
        String me = caller.id();
        return bookings.book(new BookingService.Mentee(me, caller.name().orElse(null), caller.email().orElse(null)),
                        new BookingService.BookingRequest(body.mentorId(), body.startsAt(), body.timeZone(), body.note()),
                        key)
                .map(outcome -> Response.status(201)
                        .header("Location", "/api/bookings/" + outcome.booking().id)
                        .header("Idempotent-Replayed", outcome.replayed())
                        .entity(BookingViews.BookingView.of(outcome.booking(), me))
                        .build());
    }

    @GET
    public Uni<List<BookingViews.BookingView>> mine(
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|CANCELLED|COMPLETED|NO_SHOW") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @PageNumber int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        String me = caller.id();
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = from == null ? null : SlotRange.instant(from, ZoneId.of("UTC"), false, "from", errors);
        Instant end = to == null ? null : SlotRange.instant(to, ZoneId.of("UTC"), true, "to", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return bookings.mine(new BookingQuery(me, status == null ? null : Booking.Status.valueOf(status),
                        start == null ? null : start.atOffset(java.time.ZoneOffset.UTC),
                        end == null ? null : end.atOffset(java.time.ZoneOffset.UTC), page, size))
                .map(list -> list.stream().map(b -> BookingViews.BookingView.of(b, me)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<BookingViews.BookingView> one(@PathParam("id") String id) {
        String me = caller.id();
        return bookings.find(me, caller.isAdmin(), id).map(b -> BookingViews.BookingView.of(b, me));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BookingViews.BookingView> cancel(@PathParam("id") String id, @Valid Cancellation body) {
        String me = caller.id();
        return bookings.cancel(me, id, body == null ? null : body.reason()).map(b -> BookingViews.BookingView.of(b, me));
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BookingViews.BookingView> reschedule(@PathParam("id") String id, @Valid @NotNull Reschedule body) {
        String me = caller.id();
        return bookings.reschedule(me, id, body.startsAt()).map(b -> BookingViews.BookingView.of(b, me));
    }

    /** The mentor says the mentee did not come. */
    @POST
    @Path("/{id}/no-show")
    public Uni<BookingViews.BookingView> noShow(@PathParam("id") String id) {
        String me = caller.id();
        return bookings.markNoShow(me, id).map(b -> BookingViews.BookingView.of(b, me));
    }

    /** The mentor closes a session that has started (the mentee may then review them). */
    @POST
    @Path("/{id}/complete")
    public Uni<BookingViews.BookingView> complete(@PathParam("id") String id) {
        String me = caller.id();
        return bookings.markCompleted(me, id).map(b -> BookingViews.BookingView.of(b, me));
    }
}
