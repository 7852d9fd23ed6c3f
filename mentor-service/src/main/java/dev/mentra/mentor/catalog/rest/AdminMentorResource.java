package dev.mentra.mentor.catalog.rest;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.RosterSearch;
import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The admins' list of mentors, retired ones and Acuity connections included (the public catalog shows neither).
 * The gateway routes {@code /api/admin/mentor/mentors} here; changes go through the catalog's own admin routes
 * ({@code PUT /api/mentors/{id}/acuity}, {@code POST /api/mentors/{id}/retire}).
 */
@Path("/api/admin/mentors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class AdminMentorResource {

    private final CatalogService catalog;

    public AdminMentorResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    public Uni<MentorViews.PageView<MentorViews.AdminMentorView>> list(
            @QueryParam("kind") @Pattern(regexp = "HUMAN|AI|human|ai", message = "must be HUMAN or AI") String kind,
            @QueryParam("status") @DefaultValue("active")
            @Pattern(regexp = "active|retired|all", message = "must be active, retired or all") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Boolean active = switch (status) {
            case "active" -> true;
            case "retired" -> false;
            default -> null;
        };
        var query = new RosterSearch(kind == null ? null : Mentor.Kind.valueOf(kind.toUpperCase()),
                active, q, page, size);
        return catalog.roster(query).map(result -> new MentorViews.PageView<>(
                result.items().stream().map(MentorViews.AdminMentorView::of).toList(), page, size, result.total()));
    }
}
