package dev.mentra.gateway.routing;

import java.util.List;
import java.util.Optional;

/** The public surface of the architecture contract: which path prefix belongs to which service. */
public final class RouteTable {

    /** A path prefix (matching the prefix itself and anything below it) and the service that owns it. */
    public record Route(String prefix, Upstream upstream) {

        public boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    public static final List<Route> ROUTES = List.of(
            new Route("/api/auth", Upstream.IDENTITY),
            new Route("/api/me", Upstream.IDENTITY),
            new Route("/api/users", Upstream.IDENTITY),
            new Route("/webhooks/clerk", Upstream.IDENTITY),
            new Route("/api/mentors", Upstream.MENTOR),
            new Route("/api/councils", Upstream.MENTOR),
            new Route("/api/bookings", Upstream.BOOKING),
            new Route("/api/availability", Upstream.BOOKING),
            new Route("/webhooks/acuity", Upstream.BOOKING),
            new Route("/api/conversations", Upstream.CHAT),
            new Route("/api/chat", Upstream.CHAT));

    private RouteTable() {
    }

    public static Optional<Route> find(String path) {
        return ROUTES.stream().filter(r -> r.matches(path)).findFirst();
    }
}
