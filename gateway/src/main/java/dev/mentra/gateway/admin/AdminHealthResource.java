package dev.mentra.gateway.admin;

import dev.mentra.gateway.health.UpstreamHealth;
import dev.mentra.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The health of each service as the gateway sees it, for admins in the web client: the same probe as the
 * gateway's readiness, with each service's own checks and how long it took to answer. {@code /q/health} stays
 * the probes' (public, unversioned, no token); this is the browser's, behind the admin role like every admin route.
 */
@Path("/api/admin/health")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class AdminHealthResource {

    /** When the gateway asked, and each service's answer. */
    public record ServicesHealth(OffsetDateTime checkedAt, List<UpstreamHealth.ServiceHealth> services) {
    }

    private final UpstreamHealth health;
    private final Clock clock;

    public AdminHealthResource(UpstreamHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @GET
    public Uni<ServicesHealth> services() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return health.check().map(services -> new ServicesHealth(now, services));
    }
}
