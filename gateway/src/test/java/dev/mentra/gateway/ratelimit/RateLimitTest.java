package dev.mentra.gateway.ratelimit;

import dev.mentra.gateway.routing.Upstream;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.gateway.testing.Callers.anonymous;
import static dev.mentra.gateway.testing.Callers.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With the test limits of application.properties: 5 requests at once per user, 50 per address, 1 more a minute. */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class RateLimitTest {

    private static final int USER_BURST = 5;
    private static final int ADDRESS_BURST = 50;

    @Test
    void aUserOverTheLimitIsAnswered429WithRetryAfterAndOthersAreUnaffected() {
        String token = TestTokens.anyUser().sign();
        String path = "/api/bookings/" + UUID.randomUUID();
        for (int i = 0; i < USER_BURST; i++) {
            withToken(token).get(path).then().statusCode(200);
        }
        String retryAfter = withToken(token).get(path).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/rate-limited"))
                .body("status", equalTo(429))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        UpstreamStandIns.SERVERS.get(Upstream.BOOKING).verify(USER_BURST, getRequestedFor(urlEqualTo(path)));

        withToken(TestTokens.anyUser().sign()).get(path).then().statusCode(200);
    }

    @Test
    void anonymousCallersAreLimitedPerAddress() throws UnknownHostException {
        String path = "/api/mentors/" + UUID.randomUUID();
        for (int i = 0; i < ADDRESS_BURST; i++) {
            from("127.0.0.2").get(path).then().statusCode(200);
        }
        from("127.0.0.2").get(path).then().statusCode(429).header("Retry-After", notNullValue());
        // a signed-in caller on the same address has its own allowance; another address too
        withToken(TestTokens.anyUser().sign()).config(localAddress("127.0.0.2")).get(path).then().statusCode(200);
        anonymous().get(path).then().statusCode(200);
        // the gateway's own endpoints are not limited
        from("127.0.0.2").get("/q/health/live").then().statusCode(200);
    }

    private static RequestSpecification from(String address) throws UnknownHostException {
        return given().config(localAddress(address));
    }

    /** Loopback aliases stand for distinct clients. */
    private static io.restassured.config.RestAssuredConfig localAddress(String address) throws UnknownHostException {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName(address)));
    }
}
