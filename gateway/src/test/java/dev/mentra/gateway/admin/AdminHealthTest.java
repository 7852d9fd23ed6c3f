package dev.mentra.gateway.admin;

import dev.mentra.gateway.routing.Upstream;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.gateway.testing.Callers.anonymous;
import static dev.mentra.gateway.testing.Callers.signedIn;
import static dev.mentra.gateway.testing.Callers.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Admins read each service's health as the gateway sees it; nobody else does. */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class AdminHealthTest {

    private static final String READY_WITH_CHECKS = """
            {"status":"UP","checks":[{"name":"Reactive PostgreSQL connections health check","status":"UP"},
            {"name":"SmallRye Reactive Messaging - readiness check","status":"UP"}]}""";

    @AfterEach
    void standInsAnswerAsThemselves() {
        UpstreamStandIns.SERVERS.forEach((upstream, server) -> UpstreamStandIns.answerAsItself(server, upstream));
    }

    private static String admin() {
        return TestTokens.anyUser().roles("mentee", "admin").sign();
    }

    @Test
    void anAdminSeesEveryServiceUpWithItsOwnChecks() {
        UpstreamStandIns.SERVERS.get(Upstream.MENTOR).stubFor(get(urlEqualTo("/q/health/ready")).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(READY_WITH_CHECKS)));
        withToken(admin()).get("/api/admin/health").then().statusCode(200)
                .body("checkedAt", notNullValue())
                .body("services.service", contains("identity-service", "mentor-service", "booking-service",
                        "chat-service"))
                .body("services.status", contains("UP", "UP", "UP", "UP"))
                .body("services.find { it.service == 'mentor-service' }.checks.name",
                        contains("Reactive PostgreSQL connections health check",
                                "SmallRye Reactive Messaging - readiness check"))
                .body("services.find { it.service == 'identity-service' }.checks", empty())
                .body("services[0].responseMillis", greaterThanOrEqualTo(0));
    }

    @Test
    void aServiceThatIsNotReadyIsShownDownWithTheCheckThatFailed() {
        UpstreamStandIns.SERVERS.get(Upstream.BOOKING).stubFor(get(urlEqualTo("/q/health/ready")).atPriority(0)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Kafka\",\"status\":\"DOWN\"}]}")));
        withToken(admin()).get("/api/admin/health").then().statusCode(200)
                .body("services.find { it.service == 'booking-service' }.status", equalTo("DOWN"))
                .body("services.find { it.service == 'booking-service' }.detail", equalTo("503"))
                .body("services.find { it.service == 'booking-service' }.checks[0].status", equalTo("DOWN"))
                .body("services.find { it.service == 'chat-service' }.status", equalTo("UP"));
    }

    @Test
    void aStoppedServiceIsShownUnreachable() {
        var chat = UpstreamStandIns.SERVERS.get(Upstream.CHAT);
        int port = chat.port();
        chat.stop();
        try {
            withToken(admin()).get("/api/admin/health").then().statusCode(200)
                    .body("services.find { it.service == 'chat-service' }.status", equalTo("DOWN"))
                    .body("services.find { it.service == 'chat-service' }.detail", startsWith("unreachable"));
        } finally {
            UpstreamStandIns.restart(Upstream.CHAT, port);
        }
    }

    @Test
    void nobodyButAnAdminReadsIt() {
        signedIn().get("/api/admin/health").then().statusCode(403);
        withToken(TestTokens.anyUser().roles("mentee", "mentor").sign()).get("/api/admin/health").then().statusCode(403);
        anonymous().get("/api/admin/health").then().statusCode(401);
    }
}
