package dev.mentra.platform.security;

import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
