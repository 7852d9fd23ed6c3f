package dev.mentra.stack;

import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server refuses every admin call from anyone else, whatever the web client shows. The admin routes are not
 * listed here by hand: they are read from each application's own OpenAPI document (an operation whose security
 * requirement names the {@code admin} role, which Quarkus writes for every {@code @RolesAllowed("admin")}), so a
 * route added later is covered without touching this test. Each is called through the gateway, as a browser would.
 */
class AdminRoutesIT {

    /** The gateway reaches a service's {@code /api/admin/…} routes as {@code /api/admin/<service>/…}. */
    private static final Map<StackApp, String> ADMIN_SEGMENT = Map.of(
            StackApp.IDENTITY, "identity", StackApp.MENTOR, "mentor", StackApp.BOOKING, "booking",
            StackApp.CHAT, "chat");

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = SharedStack.get();
    }

    record AdminRoute(StackApp app, String method, String path) {

        /** The route as the browser calls it: through the gateway, path parameters filled in. */
        String gatewayPath() {
            String filled = path.replaceAll("\\{[^}]+}", "1");
            String segment = ADMIN_SEGMENT.get(app);
            return segment != null && filled.startsWith("/api/admin/")
                    ? "/api/admin/" + segment + filled.substring("/api/admin".length())
                    : filled;
        }

        @Override
        public String toString() {
            return method + " " + gatewayPath() + " (" + app.module() + ")";
        }
    }

    @Test
    void everyAdminRouteOfEveryServiceRefusesAMenteeAndAnyoneWithoutAToken() {
        List<AdminRoute> routes = adminRoutes();
        assertThat(routes).extracting(AdminRoute::toString).contains(
                "POST /api/mentors/applications/1/approve (mentor-service)",
                "POST /api/mentors/applications/1/decline (mentor-service)",
                "PUT /api/mentors/1/acuity (mentor-service)",
                "POST /api/mentors/1/retire (mentor-service)",
                "GET /api/admin/mentor/mentors (mentor-service)",
                "PUT /api/users/1/roles (identity-service)",
                "GET /api/admin/health (gateway)");
        for (String service : ADMIN_SEGMENT.values()) {
            for (String route : List.of("GET /api/admin/%s/parked-events", "GET /api/admin/%s/parked-events/1",
                    "POST /api/admin/%s/parked-events/1/replay", "POST /api/admin/%s/parked-events/replay")) {
                assertThat(routes).extracting(AdminRoute::toString)
                        .anyMatch(r -> r.startsWith(route.formatted(service) + " "));
            }
        }

        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        String mentor = SharedStack.signIn(DemoAccount.MENTOR);
        List<String> wrong = new ArrayList<>();
        for (AdminRoute route : routes) {
            expect(route, request().auth().oauth2(mentee), 403, "mentee", wrong);
            expect(route, request().auth().oauth2(mentor), 403, "mentor", wrong);
            expect(route, request(), 401, "no token", wrong);
        }
        assertThat(wrong).as("admin routes that did not refuse").isEmpty();

        // and the admin's token is what opens them: the same calls are not refused for an admin
        String admin = SharedStack.signIn(DemoAccount.ADMIN);
        for (AdminRoute route : routes) {
            if (route.method().equals("GET")) {
                int status = request().auth().oauth2(admin).get(route.gatewayPath()).statusCode();
                assertThat(status).as(route + " for an admin").isNotIn(401, 403);
            }
        }
    }

    private static void expect(AdminRoute route, RequestSpecification request, int status, String who,
                               List<String> wrong) {
        int answered = request.request(route.method(), route.gatewayPath()).statusCode();
        if (answered != status) {
            wrong.add(route + " with " + who + ": " + answered + " (expected " + status + ")");
        }
    }

    private static RequestSpecification request() {
        return given().contentType(ContentType.JSON).body("{}");
    }

    /** Operations whose OpenAPI security requirement names the admin role, in each application's document. */
    @SuppressWarnings("unchecked")
    private static List<AdminRoute> adminRoutes() {
        List<AdminRoute> routes = new ArrayList<>();
        for (StackApp app : StackApp.values()) {
            Map<String, Object> paths = given().baseUri(stack.url(app)).queryParam("format", "json")
                    .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((path, operations) -> ((Map<String, Object>) operations).forEach((method, operation) -> {
                if (!(operation instanceof Map<?, ?> op) || !(op.get("security") instanceof List<?> security)) {
                    return;
                }
                boolean admin = security.stream().filter(Map.class::isInstance).map(Map.class::cast)
                        .flatMap(requirement -> requirement.values().stream())
                        .anyMatch(roles -> roles instanceof List<?> list && list.contains("admin"));
                if (admin && !path.startsWith("/internal/")) {
                    routes.add(new AdminRoute(app, method.toUpperCase(), path));
                }
            }));
        }
        return routes;
    }

}
