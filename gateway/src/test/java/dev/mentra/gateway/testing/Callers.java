package dev.mentra.gateway.testing;

import dev.mentra.local.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as the web client sends them. Each signed-in request is a new user, so no test eats another's rate limit. */
public final class Callers {

    private Callers() {
    }

    public static RequestSpecification signedIn() {
        return withToken(TestTokens.anyUser().sign());
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given();
    }
}
