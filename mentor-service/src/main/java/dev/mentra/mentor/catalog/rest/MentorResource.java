package dev.mentra.mentor.catalog.rest;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorSearch;
import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.mentor.catalog.service.ReviewService;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.security.Caller;
import dev.mentra.platform.validation.PageNumber;
import dev.mentra.platform.validation.TimeZoneId;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Optional;

/** The catalog: public search and profiles; a mentor's own profile; reviews. */
@Path("/api/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorResource {

    private final CatalogService catalog;
    private final ReviewService reviews;
    private final Caller caller;

    public MentorResource(CatalogService catalog, ReviewService reviews, Caller caller) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    public Uni<MentorViews.PageView<MentorViews.MentorView>> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("kind") @Pattern(regexp = "HUMAN|AI|human|ai", message = "must be HUMAN or AI") String kind,
            @QueryParam("expertise") @Size(max = 60) String expertise,
            @QueryParam("language") @Pattern(regexp = "[a-zA-Z]{2,3}", message = "must be a language code such as en") String language,
            @QueryParam("sort") @DefaultValue("relevance")
            @Pattern(regexp = "relevance|name|rating|newest", message = "must be relevance, name, rating or newest") String sort,
            @QueryParam("page") @DefaultValue("0") @PageNumber int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var query = new MentorSearch(q, kind == null ? null : Mentor.Kind.valueOf(kind.toUpperCase()),
                expertise, language, MentorSearch.Sort.valueOf(sort.toUpperCase()), page, size);
        return catalog.search(query).map(result -> new MentorViews.PageView<>(
                result.items().stream().map(MentorViews.MentorView::of).toList(), page, size, result.total()));
    }

    /**
     * Fields a mentor may change; absent ones stay. The Acuity ids are an admin's to set ({@code PUT
     * /api/mentors/{id}/acuity}): sent here they must equal the current ones.
     */
    public record ProfileUpdate(@Size(min = 10, max = 160) String headline,
                                @Size(min = 50, max = 4000) String bio,
                                @Size(min = 1, max = 12) List<@Size(min = 2, max = 40) String> expertise,
                                @Size(min = 1, max = 8) List<@Pattern(regexp = "[a-zA-Z]{2,3}") String> languages,
                                @TimeZoneId String timeZone,
                                @Min(15) @Max(240) Integer sessionMinutes,
                                @Min(0) @Max(1_000_000) Integer priceCents,
                                @Pattern(regexp = "[A-Za-z]{3}") String currency,
                                @Size(max = 40) String acuityCalendarId,
                                @Size(max = 40) String acuityAppointmentTypeId) {
    }

    @GET
    @Path("/me")
    @Authenticated
    public Uni<MentorViews.OwnProfile> ownProfile() {
        return catalog.ownProfile(caller.id()).map(MentorViews.OwnProfile::of);
    }

    @PUT
    @Path("/me")
    @Authenticated
    public Uni<MentorViews.OwnProfile> updateOwnProfile(@Valid @NotNull ProfileUpdate u) {
        return catalog.updateOwnProfile(caller.id(), new CatalogService.ProfileChange(
                        Optional.ofNullable(u.headline()), Optional.ofNullable(u.bio()),
                        Optional.ofNullable(u.expertise()), Optional.ofNullable(u.languages()),
                        Optional.ofNullable(u.timeZone()), Optional.ofNullable(u.sessionMinutes()),
                        Optional.ofNullable(u.priceCents()), Optional.ofNullable(u.currency()),
                        Optional.ofNullable(u.acuityCalendarId()), Optional.ofNullable(u.acuityAppointmentTypeId())))
                .map(MentorViews.OwnProfile::of);
    }

    @GET
    @Path("/{id}")
    public Uni<MentorViews.MentorView> profile(@PathParam("id") String id) {
        return catalog.find(id).map(MentorViews.MentorView::of);
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "204", description = "Retired (or already retired)")
    public Uni<Response> retire(@PathParam("id") String id) {
        return catalog.retireById(id).map(changed -> Response.noContent().build());
    }

    /**
     * A human mentor's Acuity calendar and the appointment type their sessions are booked as (Acuity's numeric ids);
     * both, or neither to disconnect.
     */
    public record AcuityConnection(@Pattern(regexp = "[0-9]{1,18}", message = "must be an Acuity id (digits)") String calendarId,
                                   @Pattern(regexp = "[0-9]{1,18}", message = "must be an Acuity id (digits)") String appointmentTypeId) {
    }

    @PUT
    @Path("/{id}/acuity")
    @RolesAllowed(Caller.ADMIN)
    public Uni<MentorViews.OwnProfile> connectAcuity(@PathParam("id") String id, @Valid @NotNull AcuityConnection c) {
        return catalog.connectAcuity(id, acuityCalendar(c)).map(MentorViews.OwnProfile::of);
    }

    private static CatalogService.AcuityCalendar acuityCalendar(AcuityConnection c) {
        if (c.calendarId() == null && c.appointmentTypeId() == null) {
            return null;
        }
        if (c.calendarId() == null || c.appointmentTypeId() == null) {
            String missing = c.calendarId() == null ? "calendarId" : "appointmentTypeId";
            throw ProblemException.invalid(List.of(new Problem.FieldError(missing,
                    "is needed with the other: give both ids, or neither to disconnect")));
        }
        return new CatalogService.AcuityCalendar(c.calendarId(), c.appointmentTypeId());
    }

    public record NewReview(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String text) {
    }

    @POST
    @Path("/{id}/reviews")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Reviewed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MentorViews.ReviewView.class)))
    public Uni<Response> review(@PathParam("id") String id, @Valid @NotNull NewReview review) {
        return reviews.review(id, caller.id(), review.rating(), review.text())
                .map(r -> Response.status(201).entity(MentorViews.ReviewView.of(r)).build());
    }

    @GET
    @Path("/{id}/reviews")
    public Uni<List<MentorViews.ReviewView>> reviews(@PathParam("id") String id,
                                                     @QueryParam("page") @DefaultValue("0") @PageNumber int page,
                                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return catalog.find(id).flatMap(m -> reviews.reviewsOf(id, page, size))
                .map(list -> list.stream().map(MentorViews.ReviewView::of).toList());
    }

}
