package dev.mentra.mentor.catalog.rest;

import dev.mentra.mentor.catalog.MentorApplication;
import dev.mentra.mentor.catalog.service.ApplicationService;
import dev.mentra.platform.security.Caller;
import dev.mentra.platform.validation.TimeZoneId;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Applying to become a mentor, and the admins' decisions. */
@Path("/api/mentors/applications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    public record Apply(@Size(max = 100) String displayName,
                        @NotBlank @Size(min = 10, max = 160) String headline,
                        @NotBlank @Size(min = 50, max = 4000) String bio,
                        @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 40) String> expertise,
                        @NotNull @Size(min = 1, max = 8) List<@Pattern(regexp = "[a-zA-Z]{2,3}") String> languages,
                        @NotNull @TimeZoneId String timeZone,
                        @NotNull @Min(15) @Max(240) Integer sessionMinutes,
                        @Min(0) @Max(1_000_000) Integer priceCents,
                        @Pattern(regexp = "[A-Za-z]{3}") String currency) {
    }

    public record Decision(@Size(max = 1000) String note) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "Applied: the application, pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MentorViews.ApplicationView.class)))
    public Uni<Response> apply(@Valid @NotNull Apply body) {
        String name = body.displayName() != null && !body.displayName().isBlank()
                ? body.displayName() : caller.name().orElse("Mentor");
        return applications.apply(caller.id(), new ApplicationService.Proposal(name, body.headline(), body.bio(),
                        body.expertise(), body.languages(), body.timeZone(), body.sessionMinutes(), body.priceCents(),
                        body.currency()))
                .map(a -> Response.status(201).entity(MentorViews.ApplicationView.of(a)).build());
    }

    /** Admins: the applications with a status (pending by default); others: their own. */
    @GET
    public Uni<List<MentorViews.ApplicationView>> list(@QueryParam("status") @DefaultValue("PENDING")
                                                       @Pattern(regexp = "PENDING|APPROVED|DECLINED") String status) {
        return applications.list(caller.id(), caller.isAdmin(), MentorApplication.Status.valueOf(status))
                .map(list -> list.stream().map(MentorViews.ApplicationView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<MentorViews.ApplicationView> get(@PathParam("id") String id) {
        return applications.find(id, caller.id(), caller.isAdmin()).map(MentorViews.ApplicationView::of);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Caller.ADMIN)
    public Uni<MentorViews.MentorView> approve(@PathParam("id") String id, @Valid Decision decision) {
        return applications.approve(id, caller.id(), decision == null ? null : decision.note())
                .map(MentorViews.MentorView::of);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Caller.ADMIN)
    public Uni<MentorViews.ApplicationView> decline(@PathParam("id") String id, @Valid Decision decision) {
        return applications.decline(id, caller.id(), decision == null ? null : decision.note())
                .map(MentorViews.ApplicationView::of);
    }
}
