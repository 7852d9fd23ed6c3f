package dev.mentra.platform.security;

import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The token policy every service applies: each refusal here is a rule that, removed, lets a forgery in. */
@QuarkusTest
@WithTestResource(TokenTestResource.class)
class TokenPolicyTest {

    @Test
    void aValidTokenNamesTheCallerByItsSubjectAndRoles() {
        given().auth().oauth2(TestTokens.forUser("user_alice").roles("mentee", "mentor").sign())
                .get("/whoami").then().statusCode(200)
                .body("id", equalTo("user_alice"))
                .body("roles", contains("mentee", "mentor"));
    }

    @Test
    void aTokenWithoutAzpIsAcceptedAsClerkMintsSomeThatWay() {
        given().auth().oauth2(TestTokens.anyUser().authorizedParty(null).sign()).get("/whoami").then().statusCode(200);
    }

    @Test
    void noTokenIsUnauthorizedAsAProblem() {
        refused(given().get("/whoami"));
    }

    @Test
    void algNoneIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().unsigned()).get("/whoami"));
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().hs256WithPublicKeyAsSecret()).get("/whoami"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().expiredSecondsAgo(60).sign()).get("/whoami"));
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().notBeforeSecondsFromNow(120).sign()).get("/whoami"));
    }

    @Test
    void anotherIssuersTokenIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().issuer("https://clerk.someone-else.dev").sign()).get("/whoami"));
    }

    @Test
    void aTokenIssuedToAnotherSiteIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().authorizedParty("https://evil.example").sign()).get("/whoami"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().tamperedToAdmin()).get("/whoami/admin"));
    }

    @jakarta.inject.Inject
    VerifiedTokenCache verifiedTokens;

    @Test
    void aTamperedCopyOfATokenAlreadyVerifiedIsRefused() {
        String token = TestTokens.anyUser().roles("mentee").sign();
        assertThat(verifiedTokens.get(token)).isEmpty();
        given().auth().oauth2(token).get("/whoami").then().statusCode(200);
        // verified once in full, then remembered for its lifetime: the next request skips the RSA check
        assertThat(verifiedTokens.get(token)).isPresent();
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"mentee\"", "\"admin\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        refused(given().auth().oauth2(tampered).get("/whoami/admin"));
    }

    @Test
    void aTokenAlreadyVerifiedIsRefusedOnceItExpires() {
        String token = TestTokens.anyUser().expiredSecondsAgo(-2).sign(); // expires in 2 s
        given().auth().oauth2(token).get("/whoami").then().statusCode(200);
        given().auth().oauth2(token).get("/whoami").then().statusCode(200);
        // remembered as verified, but never past exp (plus the 5 s allowance for clocks)
        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(500))
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> given().auth().oauth2(token).get("/whoami").statusCode() == 401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefused() {
        refused(given().auth().oauth2(TestTokens.anyUser().signedByAStranger().sign()).get("/whoami"));
    }

    @Test
    void aMissingRoleIsForbiddenAsAProblem() {
        given().auth().oauth2(TestTokens.anyUser().roles("mentee").sign()).get("/whoami/admin")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/forbidden"));
        given().auth().oauth2(TestTokens.anyUser().roles("mentee", "admin").sign()).get("/whoami/admin")
                .then().statusCode(200);
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://mentra.dev/problems/unauthorized"));
    }
}
