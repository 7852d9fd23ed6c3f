package dev.mentra.mentor.council.rest;

import dev.mentra.mentor.catalog.rest.MentorViews;
import dev.mentra.mentor.council.service.CouncilService;
import dev.mentra.platform.security.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Councils: curated ones for everyone (admins curate them), private ones for their owner. */
@Path("/api/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    private final CouncilService councils;
    private final Caller caller;

    public CouncilResource(CouncilService councils, Caller caller) {
        this.councils = councils;
        this.caller = caller;
    }

    @Schema(requiredProperties = {"id", "name", "purpose", "chairMentorId", "mine", "curated", "members"})
    public record CouncilView(String id, String name, String purpose, String chairMentorId, boolean mine,
                              @Schema(description = "Public, curated by admins") boolean curated,
                              List<MentorViews.MentorView> members) {
        static CouncilView of(CouncilService.Seated s, String callerId) {
            return new CouncilView(s.council().id, s.council().name, s.council().purpose,
                    s.council().chairMentorId, s.council().ownerUserId != null && s.council().ownerUserId.equals(callerId),
                    s.council().ownerUserId == null, s.members().stream().map(MentorViews.MentorView::of).toList());
        }
    }

    /** A council as its author writes it (to create one, or to rewrite it whole). */
    public record NewCouncil(@NotBlank @Size(max = 80) String name, @Size(max = 300) String purpose,
                             @NotNull @Size(min = 2, max = 5) List<@NotBlank @Size(max = 100) String> memberIds,
                             @Size(max = 100) String chairId) {
        CouncilService.Draft draft() {
            return new CouncilService.Draft(name, purpose, memberIds, chairId);
        }
    }

    @GET
    public Uni<List<CouncilView>> list() {
        return caller.signedInId().map(me -> me.orElse(null)).flatMap(me -> councils.listVisibleTo(me)
                .map(list -> list.stream().map(s -> CouncilView.of(s, me)).toList()));
    }

    @GET
    @Path("/{id}")
    public Uni<CouncilView> get(@PathParam("id") String id) {
        return caller.signedInId().map(me -> me.orElse(null)).flatMap(me -> councils.find(id, me)
                .map(s -> CouncilView.of(s, me)));
    }

    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created: the caller's own council",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilView.class)))
    public Uni<Response> create(@Valid @NotNull NewCouncil body) {
        return councils.create(caller.id(), body.draft())
                .map(s -> Response.status(201).entity(CouncilView.of(s, caller.id())).build());
    }

    /** An admin adds a curated council, public to everyone ({@code purpose} required: people choose by it). */
    @POST
    @Path("/curated")
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created: a curated, public council",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilView.class)))
    public Uni<Response> curate(@Valid @NotNull NewCouncil body) {
        return councils.create(null, body.draft())
                .map(s -> Response.status(201).entity(CouncilView.of(s, caller.id())).build());
    }

    /** Rewrites a council: a curated one (admins only) or the caller's own private one. */
    @PUT
    @Path("/{id}")
    @Authenticated
    public Uni<CouncilView> revise(@PathParam("id") String id, @Valid @NotNull NewCouncil body) {
        return councils.revise(id, caller.id(), caller.isAdmin(), body.draft()).map(s -> CouncilView.of(s, caller.id()));
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return councils.delete(id, caller.id(), caller.isAdmin()).map(v -> Response.noContent().build());
    }
}
