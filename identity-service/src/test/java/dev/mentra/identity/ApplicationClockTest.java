package dev.mentra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.testing.Accounts;
import dev.mentra.identity.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The local issuer and the user directory take "now" from the application's Clock, not from the machine. */
@QuarkusTest
class ApplicationClockTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Behind, not ahead: nothing this test writes (a user, a signing key) looks newer than what other tests write. */
    private static final Duration BEHIND = Duration.ofHours(-1);

    @AfterEach
    void reset() {
        TestClock.reset();
    }

    @Test
    void tokensAreIssuedAtTheApplicationsTime() throws Exception {
        Accounts.signUp(); // the signing key exists before the clock moves: this test never creates one
        TestClock.shift(BEHIND);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", Accounts.freshEmail(), "password", Accounts.PASSWORD, "name", "Tim Behind"))
                .post("/api/auth/sign-up")
                .then().statusCode(201)
                .extract().jsonPath().getString("token");
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        long expected = Instant.now().plus(BEHIND).getEpochSecond();
        assertThat(claims.get("iat").asLong()).isBetween(expected - 30, expected + 5);
        assertThat(claims.get("nbf").asLong()).isEqualTo(claims.get("iat").asLong());
    }
}
