package dev.mentra.identity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.testing.Accounts;
import dev.mentra.identity.testing.SelfIssuerTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class LocalIssuerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signUpAnswersAClerkShapedSessionTokenAndAnHttpOnlySessionCookie() throws Exception {
        String email = Accounts.freshEmail();
        var response = given().contentType(ContentType.JSON).header("Origin", "https://app.mentra.test")
                .body(Map.of("email", email, "password", Accounts.PASSWORD, "name", "Pat Example"))
                .post("/api/auth/sign-up")
                .then().statusCode(201)
                .body("user.email", equalTo(email))
                .body("user.roles", hasItems("mentee"))
                .body("user.timeZone", equalTo("UTC"))
                .extract().response();

        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie).contains("mentra_session=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/api/auth")
                // Secure unless MENTRA_COOKIE_SECURE=false: never sent over plain HTTP (except to localhost)
                .contains("Secure");

        String[] parts = response.jsonPath().getString("token").split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).startsWith("ins_");
        assertThat(claims.get("iss").asText()).isEqualTo(SelfIssuerTestResource.ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo(response.jsonPath().getString("user.id")).startsWith("user_");
        assertThat(claims.get("sid").asText()).startsWith("sess_");
        assertThat(claims.get("azp").asText()).isEqualTo("https://app.mentra.test");
        assertThat(claims.get("email").asText()).isEqualTo(email);
        assertThat(claims.get("name").asText()).isEqualTo("Pat Example");
        assertThat(claims.get("roles").get(0).asText()).isEqualTo("mentee");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.get("iat").asLong()).isBetween(now - 30, now + 5);
        assertThat(claims.get("nbf").asLong()).isBetween(now - 30, now + 5);
        // short-lived like Clerk's: renewed from the cookie, not kept for hours
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isBetween(30L, 600L);

        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.kid", hasItems(header.get("kid").asText()))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")));
        given().get("/api/auth/jwks").then().statusCode(200).body("keys.kid", hasItems(header.get("kid").asText()));
    }

    @Test
    void theTokenOpensTheOwnProfileAndTheCookieRenewsItUntilSignOut() {
        Accounts.Person pat = Accounts.signUp();
        given().header("Authorization", Accounts.bearer(pat)).get("/api/me").then().statusCode(200)
                .body("id", equalTo(pat.id())).body("email", equalTo(pat.email()))
                .body("timeZone", equalTo("Europe/Lisbon"));

        String renewed = Accounts.renew(pat);
        given().header("Authorization", "Bearer " + renewed).get("/api/me").then().statusCode(200)
                .body("id", equalTo(pat.id()));

        given().cookie("mentra_session", pat.cookie()).post("/api/auth/sign-out").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().cookie("mentra_session", pat.cookie()).post("/api/auth/token").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/session-ended"));
    }

    @Test
    void aForgedOrMissingCookieRenewsNothing() {
        Accounts.Person pat = Accounts.signUp();
        String sessionId = pat.cookie().split("\\.")[0];
        given().cookie("mentra_session", sessionId + ".not-the-secret").post("/api/auth/token").then().statusCode(401);
        given().post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void signInWithTheRightPasswordOpensANewSession() {
        Accounts.Person pat = Accounts.signUp();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", pat.address())
                .body(Map.of("email", pat.email().toUpperCase(), "password", Accounts.PASSWORD))
                .post("/api/auth/sign-in")
                .then().statusCode(200)
                .body("user.id", equalTo(pat.id()))
                .body("token", notNullValue())
                .header("Set-Cookie", containsString("mentra_session="));
    }

    @Test
    void unknownEmailAndWrongPasswordAreAnsweredAlike() {
        Accounts.Person pat = Accounts.signUp();
        String wrongPassword = given().contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.freshAddress())
                .body(Map.of("email", pat.email(), "password", "not the password"))
                .post("/api/auth/sign-in").then().statusCode(401).contentType("application/problem+json")
                .extract().body().asString();
        String unknownEmail = given().contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.freshAddress())
                .body(Map.of("email", Accounts.freshEmail(), "password", "not the password"))
                .post("/api/auth/sign-in").then().statusCode(401).extract().body().asString();
        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    @Test
    void badSignUpInputIsAProblemNamingEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "short", "name", " ", "timeZone", "Mars/Olympus"))
                .post("/api/auth/sign-up")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "password", "name", "timeZone"));
        given().contentType(ContentType.JSON).body("{\"email\":").post("/api/auth/sign-up").then().statusCode(400);
    }

    @Test
    void anEmailIsOneAccountWhateverItsCase() {
        Accounts.Person pat = Accounts.signUp();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", pat.email().toUpperCase(), "password", Accounts.PASSWORD, "name", "Copy"))
                .post("/api/auth/sign-up")
                .then().statusCode(409).body("type", equalTo("https://mentra.dev/problems/email-taken"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        Accounts.Person pat = Accounts.signUp();
        String[] parts = pat.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"mentee\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().header("Authorization", "Bearer " + forged).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }
}
