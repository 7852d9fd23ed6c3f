package dev.mentra.identity.rest;

import dev.mentra.identity.testing.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** What sign-up and sign-in accept: bounded fields, text PostgreSQL can store, passwords bcrypt reads in full. */
@QuarkusTest
class SignInInputTest {

    @Test
    void aNulInTheSignInEmailIsA400NamingTheEmailNotA500() {
        signIn("{\"email\": \"pat\\u0000@example.org\", \"password\": \"correct horse battery\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"));
    }

    @Test
    void signInFieldsAreBoundedLikeSignUps() {
        signIn(json(Map.of("email", "a".repeat(250) + "@example.org", "password", "correct horse battery")))
                .statusCode(400).body("errors.field", hasItem("email"));
        signIn(json(Map.of("email", Accounts.freshEmail(), "password", "p".repeat(129))))
                .statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedAtSignUp() {
        String ascii73 = "p".repeat(73);
        String accented = "é".repeat(40); // 40 characters, 80 bytes
        assertThat(accented.getBytes(StandardCharsets.UTF_8)).hasSize(80);
        for (String password : new String[]{ascii73, accented}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", Accounts.freshEmail(), "password", password, "name", "Pat Example"))
                    .post("/api/auth/sign-up")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("password"));
        }
    }

    @Test
    void passwordsThatDifferOnlyAfterByte72AreDifferentPasswords() {
        String password = "x".repeat(72); // 72 bytes: all of it is read
        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String email = Accounts.freshEmail();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.freshAddress())
                .body(Map.of("email", email, "password", password, "name", "Pat Example"))
                .post("/api/auth/sign-up").then().statusCode(201);

        // bcrypt alone would read only the first 72 bytes of this and let it in
        signIn(json(Map.of("email", email, "password", password + "-and-more"))).statusCode(401);
        // the failure above delays the account's next attempt by a second (sign-in throttling): wait it out
        String right = json(Map.of("email", email, "password", password));
        int status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> signIn(right).extract().statusCode(), answer -> answer != 429);
        assertThat(status).isEqualTo(200);
    }

    private static ValidatableResponse signIn(String body) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.freshAddress()).body(body)
                .post("/api/auth/sign-in").then();
    }

    private static String json(Map<String, String> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
