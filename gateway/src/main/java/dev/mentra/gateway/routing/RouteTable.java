package dev.mentra.gateway.routing;

import java.util.List;
import java.util.Optional;

/** The public surface of the architecture contract: which path prefix belongs to which service. */
public final class RouteTable {

    /**
     * A path prefix (matching the prefix itself and anything below it) and the service that owns it. The service
     * knows the path by {@code upstreamPrefix}: the same prefix, except for the admin routes, whose service segment
     * only tells the gateway where to go.
     */
    public record Route(String prefix, Upstream upstream, String upstreamPrefix) {

        public Route(String prefix, Upstream upstream) {
            this(prefix, upstream, prefix);
        }

        public boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }

        /**
         * The request URI (path and query) as the service knows it. Only a URI that starts with the prefix as
         * written is rewritten; anything else (dot segments, encodings) is forwarded as it came, and the service
         * answers it as a path it does not know.
         */
        public String toUpstream(String uri) {
            if (upstreamPrefix.equals(prefix) || !uri.startsWith(prefix)) {
                return uri;
            }
            String rest = uri.substring(prefix.length());
            return rest.isEmpty() || rest.charAt(0) == '/' || rest.charAt(0) == '?' ? upstreamPrefix + rest : uri;
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
            new Route("/api/chat", Upstream.CHAT),
            // operations (admins only, checked by each service): /api/admin/<service>/parked-events → /api/admin/parked-events
            new Route("/api/admin/identity", Upstream.IDENTITY, "/api/admin"),
            new Route("/api/admin/mentor", Upstream.MENTOR, "/api/admin"),
            new Route("/api/admin/booking", Upstream.BOOKING, "/api/admin"),
            new Route("/api/admin/chat", Upstream.CHAT, "/api/admin"));

    private RouteTable() {
    }

    public static Optional<Route> find(String path) {
        return ROUTES.stream().filter(r -> r.matches(path)).findFirst();
    }
}
