package dev.mentra.platform.security;

import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** {@code /internal/...} answers only to a calling service's own credential; a user token alone is not enough. */
@QuarkusTest
@WithTestResource(TokenTestResource.class)
class InternalRoutesTest {

    private static final String CHAT = "chat-service-test-credential";

    @Test
    void aKnownServicesCredentialOpensTheRouteAndNamesTheService() {
        given().header(InternalCallers.HEADER, CHAT).get("/internal/echo")
                .then().statusCode(200).body("service", equalTo("chat-service"));
        given().header(InternalCallers.HEADER, "booking-service-test-credential").get("/internal/echo")
                .then().statusCode(200).body("service", equalTo("booking-service"));
    }

    @Test
    void aUsersTokenAloneIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().roles("mentee", "admin").sign()).body("{}")
                .post("/internal/echo"));
    }

    @Test
    void theServiceCredentialAndTheUsersTokenTogetherSayWhoIsAsking() {
        given().header(InternalCallers.HEADER, CHAT).auth().oauth2(TestTokens.forUser("user_alice").sign())
                .body("{}").post("/internal/echo")
                .then().statusCode(200).body("service", equalTo("chat-service")).body("user", equalTo("user_alice"));
        // the credential does not stand in for the user: who is asking is still verified
        given().header(InternalCallers.HEADER, CHAT).body("{}").post("/internal/echo").then().statusCode(401);
    }

    @Test
    void aMissingWrongOrBlankCredentialIsRefused() {
        refused(given().get("/internal/echo"));
        refused(given().header(InternalCallers.HEADER, "chat-service-test-credentiaL").get("/internal/echo"));
        refused(given().header(InternalCallers.HEADER, "").get("/internal/echo"));
        refused(given().header(InternalCallers.HEADER, "chat-service").get("/internal/echo"));
    }

    @Test
    void anotherSpellingOfTheInternalPathDoesNotGetPastTheGuard() throws Exception {
        for (String path : new String[]{"/./internal/echo", "/x/../internal/echo", "/%69nternal/echo",
                "/internal/./echo", "/internal//echo", "//internal/echo", "/internal/echo/", "/internal/echo?x=1",
                "/internal%2Fecho"}) {
            assertThat(rawGetStatus(path)).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void publicRoutesAreNotAffected() {
        given().auth().oauth2(TestTokens.forUser("user_bob").sign()).get("/whoami").then().statusCode(200);
    }

    private static void refused(Response response) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/service-credential-required"));
    }

    /** The request line exactly as written (HTTP clients would normalise it first). */
    private static int rawGetStatus(String path) throws Exception {
        int port = io.restassured.RestAssured.port;
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
