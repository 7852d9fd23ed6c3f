package dev.mentra.gateway;

import dev.mentra.local.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as the web client sends them. Each signed-in request is a new user, so no test eats another's rate limit. */
final class Callers {

    private Callers() {
    }

    static RequestSpecification signedIn() {
        return withToken(TestTokens.anyUser().sign());
    }

    static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static RequestSpecification anonymous() {
        return given();
    }
}
