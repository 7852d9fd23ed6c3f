package dev.mentra.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mentra.gateway.testing.Callers;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.ExposedMetrics;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.gateway.testing.Callers.signedIn;
import static dev.mentra.gateway.testing.Callers.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class GatewayRoutingTest {

    @AfterEach
    void restoreStandIns() {
        UpstreamStandIns.SERVERS.forEach((upstream, server) -> UpstreamStandIns.answerAsItself(server, upstream));
    }

    @Test
    void everyPrefixOfTheContractReachesItsService() {
        for (RouteTable.Route route : RouteTable.ROUTES) {
            signedIn().get(route.prefix()).then().statusCode(200)
                    .header("Mentra-Service", route.upstream().serviceName());
            signedIn().get(route.prefix() + "/some/thing").then().statusCode(200)
                    .header("Mentra-Service", route.upstream().serviceName());
        }
    }

    @Test
    void pathQueryMethodAndBodyArriveUnchanged() {
        signedIn().contentType(ContentType.JSON).body("{\"startsAt\":\"2026-12-01T10:00:00Z\"}")
                .queryParam("dryRun", "true")
                .post("/api/bookings/b-1/reschedule")
                .then().statusCode(200)
                .header("Mentra-Service", "booking-service")
                .body(equalTo("POST /api/bookings/b-1/reschedule?dryRun=true {\"startsAt\":\"2026-12-01T10:00:00Z\"}"));
    }

    @Test
    void aPathThatOnlyLooksLikeAPrefixIsNotRouted() {
        signedIn().get("/api/mentorship").then().statusCode(404);
        signedIn().get("/api").then().statusCode(404);
    }

    @Test
    void requestIdIsAddedOrKeptAndAuthorizationForwarded() {
        String token = TestTokens.anyUser().sign();
        String generated = withToken(token).get("/api/me")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        WireMockServer identity = UpstreamStandIns.SERVERS.get(Upstream.IDENTITY);
        identity.verify(getRequestedFor(urlEqualTo("/api/me"))
                .withHeader("X-Request-Id", equalToString(generated))
                .withHeader("Authorization", equalToString("Bearer " + token))
                .withHeader("X-Forwarded-For", matching(".+")));

        withToken(token).header("X-Request-Id", "trace-42").get("/api/me")
                .then().statusCode(200).header("X-Request-Id", "trace-42");
    }

    /** The services trust the gateway's X-Forwarded-For (sign-in throttling keys on it): a caller cannot write it. */
    @Test
    void aCallersOwnForwardedForIsReplacedByTheAddressTheGatewaySaw() {
        Callers.anonymous().header("X-Forwarded-For", "203.0.113.9").contentType(ContentType.JSON).body("{}")
                .post("/api/auth/sign-in").then().statusCode(200);
        WireMockServer identity = UpstreamStandIns.SERVERS.get(Upstream.IDENTITY);
        identity.verify(postRequestedFor(urlEqualTo("/api/auth/sign-in"))
                .withHeader("X-Forwarded-For", matching("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")));
        identity.verify(0, postRequestedFor(urlEqualTo("/api/auth/sign-in"))
                .withHeader("X-Forwarded-For", matching(".*203\\.0\\.113\\.9.*")));
    }

    @Test
    void unreachableServiceIsA503ProblemAtOnce() {
        WireMockServer chat = UpstreamStandIns.SERVERS.get(Upstream.CHAT);
        int port = chat.port();
        chat.stop();
        try {
            long started = System.nanoTime();
            signedIn().get("/api/conversations").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://mentra.dev/problems/service-unavailable"))
                    .body("detail", org.hamcrest.Matchers.containsString("chat-service"));
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
        } finally {
            UpstreamStandIns.restart(Upstream.CHAT, port);
        }
    }

    @Test
    void serviceThatHangsIsCutOffAfterTheIdleTimeout() {
        WireMockServer mentor = UpstreamStandIns.SERVERS.get(Upstream.MENTOR);
        mentor.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
        given().get("/api/mentors").then().statusCode(503).time(lessThan(8_000L));
    }

    @Test
    void staysReadyWhileAServiceBehindItIsNotAndReportsWhich() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.'booking-service'", equalTo("UP"));

        UpstreamStandIns.SERVERS.get(Upstream.BOOKING).stubFor(get(urlEqualTo("/q/health/ready")).atPriority(0)
                .willReturn(aResponse().withStatus(503)));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.'booking-service'", equalTo("DOWN (503)"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.'identity-service'", equalTo("UP"));
    }

    @Test
    void aStoppedServiceIsReportedDownAndOnlyItsRoutesAnswer503() {
        WireMockServer booking = UpstreamStandIns.SERVERS.get(Upstream.BOOKING);
        int port = booking.port();
        booking.stop();
        try {
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'Services behind the gateway' }.data.'booking-service'",
                            org.hamcrest.Matchers.startsWith("DOWN (unreachable"))
                    .body("checks.find { it.name == 'Services behind the gateway' }.data.'mentor-service'", equalTo("UP"));
            for (RouteTable.Route route : RouteTable.ROUTES) {
                int expected = route.upstream() == Upstream.BOOKING ? 503 : 200;
                signedIn().get(route.prefix()).then().statusCode(expected);
            }
            signedIn().get("/api/bookings/b-1").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("booking-service"));
        } finally {
            UpstreamStandIns.restart(Upstream.BOOKING, port);
        }
    }

    @Test
    void eachServicesParkedEventsAreRoutedToItForItsAdmins() {
        for (Upstream upstream : Upstream.values()) {
            String service = upstream.name().toLowerCase();
            signedIn().queryParam("consumer", service + "-service.users").queryParam("page", 2)
                    .get("/api/admin/" + service + "/parked-events").then().statusCode(200)
                    .header("Mentra-Service", upstream.serviceName())
                    .body(equalTo("GET /api/admin/parked-events?consumer=" + service + "-service.users&page=2 "));
            signedIn().post("/api/admin/" + service + "/parked-events/42/replay").then().statusCode(200)
                    .header("Mentra-Service", upstream.serviceName())
                    .body(equalTo("POST /api/admin/parked-events/42/replay "));
        }
        // the gateway asks for a token; the service checks the admin role
        given().get("/api/admin/booking/parked-events").then().statusCode(401);
        signedIn().get("/api/admin/bookingx/parked-events").then().statusCode(404);
    }

    @Test
    void gatewayHasItsOwnHealthMetricsAndOpenApi() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // what the Grafana dashboard charts for the gateway (deploy/k8s/grafana/metrics.txt), tagged as the gateway's
        given().get("/config.json");
        MetricsScrape metrics = MetricsScrape.now();
        assertThat(ExposedMetrics.of("gateway")).isNotEmpty().allSatisfy(name ->
                assertThat(metrics.has(name, "application", "gateway")).as("gateway exposes %s", name).isTrue());
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Mentra gateway"));
    }

    /** The gateway's OpenAPI document describes its own routes; the proxied ones are in the services' documents. */
    @Test
    void theOpenApiDocumentDescribesTheGatewaysOwnRoutes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/config.json'.get.responses.'200'.content.'application/json'.schema.properties.authMode.enum",
                        org.hamcrest.Matchers.hasItems("local", "clerk"))
                .body("paths.'/api/admin/health'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/me'", org.hamcrest.Matchers.nullValue());
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalToString(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
    }
}
