package dev.mentra.gateway.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mentra.gateway.routing.Upstream;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mentra.gateway.testing.Callers.anonymous;
import static dev.mentra.gateway.testing.Callers.signedIn;
import static dev.mentra.gateway.testing.Callers.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class GatewaySecurityTest {

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedRoutes")
    void protectedRouteWithoutTokenIsRefusedAndNeverForwarded(String method, String prefix, Upstream upstream) {
        String path = prefix + "/" + UUID.randomUUID();
        assertUnauthorized(anonymous().contentType(ContentType.JSON).body("{}").request(method, path).then(), path);
        assertNeverForwarded(upstream, path);
    }

    static Stream<Arguments> protectedRoutes() {
        return Stream.of(
                arguments("GET", "/api/me", Upstream.IDENTITY),
                arguments("PATCH", "/api/users", Upstream.IDENTITY),
                arguments("GET", "/api/bookings", Upstream.BOOKING),
                arguments("PUT", "/api/availability", Upstream.BOOKING),
                arguments("POST", "/api/conversations", Upstream.CHAT),
                arguments("GET", "/api/chat", Upstream.CHAT),
                // the catalog is public to read only
                arguments("POST", "/api/mentors", Upstream.MENTOR),
                arguments("PUT", "/api/mentors", Upstream.MENTOR),
                arguments("DELETE", "/api/councils", Upstream.MENTOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIsRefusedAndNeverForwarded(String kind, String token) {
        String path = "/api/bookings/" + UUID.randomUUID();
        assertUnauthorized(withToken(token).get(path).then(), path);
        assertNeverForwarded(Upstream.BOOKING, path);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                arguments("alg none", TestTokens.anyUser().unsigned()),
                arguments("HS256 keyed with the public key", TestTokens.anyUser().hs256WithPublicKeyAsSecret()),
                arguments("expired", TestTokens.anyUser().expiredSecondsAgo(30).sign()),
                arguments("not valid yet", TestTokens.anyUser().notBeforeSecondsFromNow(60).sign()),
                arguments("another issuer", TestTokens.anyUser().issuer("https://clerk.evil.test").sign()),
                arguments("issued to another site", TestTokens.anyUser().authorizedParty("https://evil.test").sign()),
                arguments("tampered with", TestTokens.anyUser().tamperedToAdmin()),
                arguments("signed by a stranger", TestTokens.anyUser().signedByAStranger().sign()),
                arguments("not a token", "not-a-token"));
    }

    @Test
    void dotSegmentsCannotWalkFromThePublicCatalogToAProtectedRoute() throws IOException {
        String id = UUID.randomUUID().toString();
        // sent as raw bytes: HTTP clients would resolve the dot segments before sending
        String answer = rawGet("/api/mentors/../bookings/" + id);
        assertThat(answer).startsWith("HTTP/1.1 401");
        assertNeverForwarded(Upstream.BOOKING, "/api/mentors/../bookings/" + id);
        assertNeverForwarded(Upstream.BOOKING, "/api/bookings/" + id);
        assertNeverForwarded(Upstream.MENTOR, "/api/mentors/../bookings/" + id);
    }

    @Test
    void validTokenReachesTheServiceWithTheSameAuthorization() {
        String token = TestTokens.anyUser().roles("mentee").sign();
        String path = "/api/bookings/" + UUID.randomUUID();
        withToken(token).get(path).then().statusCode(200).header("Mentra-Service", "booking-service");
        standIn(Upstream.BOOKING).verify(1, getRequestedFor(urlEqualTo(path))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void catalogWritesWithATokenReachTheService() {
        signedIn().contentType(ContentType.JSON).body("{}").put("/api/mentors/me")
                .then().statusCode(200).header("Mentra-Service", "mentor-service");
        signedIn().contentType(ContentType.JSON).body("{}").post("/api/councils")
                .then().statusCode(200).header("Mentra-Service", "mentor-service");
        signedIn().get("/api/mentors/me").then().statusCode(200).header("Mentra-Service", "mentor-service");
    }

    @Test
    void publicRoutesPassWithoutToken() {
        anonymous().contentType(ContentType.JSON).body("{\"email\":\"a@mentra.test\"}").post("/api/auth/sign-in")
                .then().statusCode(200).header("Mentra-Service", "identity-service");
        anonymous().get("/api/auth/jwks").then().statusCode(200).header("Mentra-Service", "identity-service");
        anonymous().contentType(ContentType.JSON).body("{}").post("/webhooks/clerk")
                .then().statusCode(200).header("Mentra-Service", "identity-service");
        anonymous().contentType(ContentType.JSON).body("{}").post("/webhooks/acuity")
                .then().statusCode(200).header("Mentra-Service", "booking-service");
        anonymous().get("/api/mentors").then().statusCode(200).header("Mentra-Service", "mentor-service");
        anonymous().get("/api/mentors/m-1").then().statusCode(200).header("Mentra-Service", "mentor-service");
        anonymous().get("/api/councils").then().statusCode(200).header("Mentra-Service", "mentor-service");
        anonymous().get("/api/councils/c-1").then().statusCode(200).header("Mentra-Service", "mentor-service");
        anonymous().get("/q/health/live").then().statusCode(200);
        // the web client's paths are not the gateway's to protect
        anonymous().get("/").then().statusCode(not(401));
        anonymous().get("/mentors/m-1").then().statusCode(not(401));
    }

    @Test
    void chatSocketAcceptsTheTokenAsQueryParameter() {
        anonymous().queryParam("access_token", TestTokens.anyUser().sign()).get("/api/chat/ws")
                .then().statusCode(200).header("Mentra-Service", "chat-service");
    }

    @Test
    void chatSocketRefusesABadQueryTokenOrNone() {
        String expired = TestTokens.anyUser().expiredSecondsAgo(30).sign();
        assertUnauthorized(anonymous().queryParam("access_token", expired).get("/api/chat/ws").then(), "/api/chat/ws");
        assertUnauthorized(anonymous().queryParam("access_token", TestTokens.anyUser().unsigned())
                .get("/api/chat/ws").then(), "/api/chat/ws");
        standIn(Upstream.CHAT).verify(0, getRequestedFor(urlEqualTo("/api/chat/ws?access_token=" + expired)));
        assertUnauthorized(anonymous().get("/api/chat/ws").then(), "/api/chat/ws");
    }

    @Test
    void queryTokenIsAcceptedOnTheChatSocketOnly() {
        String path = "/api/conversations/" + UUID.randomUUID();
        assertUnauthorized(anonymous().queryParam("access_token", TestTokens.anyUser().sign()).get(path).then(), path);
        assertNeverForwarded(Upstream.CHAT, path);
    }

    @Test
    void authorizationHeaderWinsOverTheQueryToken() {
        assertUnauthorized(withToken(TestTokens.anyUser().expiredSecondsAgo(30).sign())
                .queryParam("access_token", TestTokens.anyUser().sign())
                .get("/api/chat/ws").then(), "/api/chat/ws");
        signedIn().queryParam("access_token", "not-a-token").get("/api/chat/ws").then().statusCode(200);
    }

    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static void assertUnauthorized(ValidatableResponse response, String path) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://mentra.dev/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo(path));
    }

    private static void assertNeverForwarded(Upstream upstream, String path) {
        standIn(upstream).verify(0, anyRequestedFor(urlPathEqualTo(path)));
    }

    private static WireMockServer standIn(Upstream upstream) {
        return UpstreamStandIns.SERVERS.get(upstream);
    }
}
