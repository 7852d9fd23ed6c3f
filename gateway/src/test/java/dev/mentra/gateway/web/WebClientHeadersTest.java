package dev.mentra.gateway.web;

import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.mentra.gateway.testing.Callers.signedIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway's own answers for the web client: runtime settings, and the security headers every answer carries.
 * (The built client itself, its SPA fallback, caching and compression are checked against the packaged gateway
 * in deploy/stack, where Quinoa has built it.)
 */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class WebClientHeadersTest {

    @Test
    void theRuntimeSettingsNameTheLocalIssuerAndAreNeverCached() {
        given().get("/config.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", "no-store")
                .body("authMode", equalTo("local"))
                .body("clerkPublishableKey", nullValue());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithoutInlineScripts() {
        given().get("/config.json").then()
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void apiAnswersCarryTheSecurityHeadersButNoPagePolicy() {
        signedIn().get("/api/mentors").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void strictTransportSecurityOnlyBehindHttps() {
        given().get("/config.json").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").get("/config.json").then()
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }
}
