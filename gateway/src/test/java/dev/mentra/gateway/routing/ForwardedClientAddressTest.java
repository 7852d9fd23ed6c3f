package dev.mentra.gateway.routing;

import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

/**
 * Behind a load balancer (MENTRA_BEHIND_PROXY=true, the balancer at 127.0.0.1 here): Quarkus's forwarded-header
 * support makes the balancer's X-Forwarded-For the client's address, for the rate limits and for the services;
 * anyone else's X-Forwarded-For is still ignored.
 */
@QuarkusTest
@TestProfile(ForwardedClientAddressTest.BehindLoadBalancer.class)
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class ForwardedClientAddressTest {

    private static final int ADDRESS_BURST = 3;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    public static class BehindLoadBalancer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("MENTRA_BEHIND_PROXY", "true", "MENTRA_TRUSTED_PROXIES", "127.0.0.1,[::1]",
                    "mentra.gateway.rate-limit.per-ip.burst", Integer.toString(ADDRESS_BURST));
        }
    }

    @Test
    void theForwardedAddressIsTheClientsForTheRateLimitAndForTheServices() {
        String client = documentationAddress();
        String path = "/api/mentors/" + UUID.randomUUID();
        for (int i = 0; i < ADDRESS_BURST; i++) {
            given().header("X-Forwarded-For", client).get(path).then().statusCode(200);
        }
        given().header("X-Forwarded-For", client).get(path).then().statusCode(429);
        // another client behind the same balancer has its own allowance
        given().header("X-Forwarded-For", documentationAddress()).get(path).then().statusCode(200);
        UpstreamStandIns.SERVERS.get(Upstream.MENTOR).verify(ADDRESS_BURST, getRequestedFor(urlEqualTo(path))
                .withHeader("X-Forwarded-For", equalTo(client)));
    }

    @Test
    void aCallerThatIsNotTheBalancerCannotChooseItsAddress() throws Exception {
        var untrusted = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName("127.0.0.3")));
        String path = "/api/mentors/" + UUID.randomUUID();
        for (int i = 0; i < ADDRESS_BURST; i++) {
            given().config(untrusted).header("X-Forwarded-For", documentationAddress()).get(path).then().statusCode(200);
        }
        given().config(untrusted).header("X-Forwarded-For", documentationAddress()).get(path).then().statusCode(429);
        UpstreamStandIns.SERVERS.get(Upstream.MENTOR).verify(ADDRESS_BURST, getRequestedFor(urlEqualTo(path))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.3")));
    }

    /** A fresh address of TEST-NET-3 (RFC 5737) for each use. */
    private static String documentationAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }
}
