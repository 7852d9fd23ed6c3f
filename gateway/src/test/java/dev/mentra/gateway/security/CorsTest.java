package dev.mentra.gateway.security;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.mentra.gateway.routing.Upstream;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.newRequestPattern;
import static dev.mentra.gateway.testing.Callers.anonymous;
import static dev.mentra.gateway.testing.Callers.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class CorsTest {

    private static final String WEB_CLIENT = "http://localhost:5173";

    @Test
    void preflightFromTheWebClientIsAllowedWithoutReachingTheService() {
        String path = "/api/bookings/" + UUID.randomUUID();
        preflight(WEB_CLIENT).options(path).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", allOf(containsString("POST"), containsString("PATCH")))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("Authorization"),
                        containsStringIgnoringCase("Idempotency-Key")));
        UpstreamStandIns.SERVERS.get(Upstream.BOOKING)
                .verify(0, newRequestPattern(RequestMethod.OPTIONS, urlPathEqualTo(path)));
    }

    @Test
    void preflightFromAnotherOriginIsNotAllowed() {
        preflight("https://evil.test").options("/api/bookings").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void answersToTheWebClientCarryCorsHeadersAndExposeRequestIdAndRetryAfter() {
        signedIn().header("Origin", WEB_CLIENT).get("/api/bookings").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Expose-Headers", allOf(containsStringIgnoringCase("X-Request-Id"),
                        containsStringIgnoringCase("Retry-After")));
        // the web client must be able to read a refusal too, to send the user to sign in
        anonymous().header("Origin", WEB_CLIENT).get("/api/bookings").then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", WEB_CLIENT);
    }

    private static RequestSpecification preflight(String origin) {
        return anonymous()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key");
    }
}
