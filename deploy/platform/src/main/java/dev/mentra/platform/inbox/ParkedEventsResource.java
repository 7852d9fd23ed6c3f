package dev.mentra.platform.inbox;

import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.mentra.platform.validation.PageNumber;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * Operators' view of the events this service parked, and their replay. Every service serves it; the gateway
 * routes {@code /api/admin/<service>/parked-events} here. Admins only.
 */
@Path("/api/admin/parked-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class ParkedEventsResource {

    private final ParkedEvents parked;
    private final ParkedEventReplay replay;

    public ParkedEventsResource(ParkedEvents parked, ParkedEventReplay replay) {
        this.parked = parked;
        this.replay = replay;
    }

    /** Parked events, oldest first: {@code status} waiting (default), replayed or all; one consumer or all. */
    @GET
    public Uni<ParkedEvents.ParkedEventPage> list(@QueryParam("consumer") @Size(max = 200) String consumer,
                                       @QueryParam("status") @DefaultValue("waiting")
                                       @Pattern(regexp = "(?i)waiting|replayed|all") String status,
                                       @QueryParam("page") @DefaultValue("0") @PageNumber int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return parked.list(blankToNull(consumer), ParkedEvents.Status.valueOf(status.toUpperCase(Locale.ROOT)),
                page, size);
    }

    @GET
    @Path("/{id}")
    public Uni<ParkedEvent> one(@PathParam("id") long id) {
        return parked.find(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Parked event " + id));
    }

    /** Replays one parked event through the inbox (applied at most once, however often it is replayed). */
    @POST
    @Path("/{id}/replay")
    public Uni<ParkedEventReplay.ReplayedEvent> replay(@PathParam("id") long id) {
        return replay.replay(id);
    }

    /** Replays the waiting events of one consumer (or all), oldest first, at most {@code limit} in this call. */
    @POST
    @Path("/replay")
    public Uni<ParkedEventReplay.ReplaySummary> replayWaiting(@QueryParam("consumer") @Size(max = 200) String consumer,
                                                       @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000)
                                                       int limit) {
        return replay.replayWaiting(blankToNull(consumer), limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
