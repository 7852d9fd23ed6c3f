package dev.mentra.identity.service;

import dev.mentra.identity.testing.Accounts;
import dev.mentra.local.testing.MetricsScrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What operators see on /q/metrics when people sign in with email and password. */
@QuarkusTest
class SignInMetricsTest {

    @Test
    void signInsAreCountedByOutcome() {
        Accounts.Person person = Accounts.signUp();
        MetricsScrape before = MetricsScrape.now();

        signIn(person, Accounts.PASSWORD).then().statusCode(200);
        signIn(person, "not the password at all").then().statusCode(401);

        MetricsScrape after = MetricsScrape.now();
        assertThat(change(before, after, "succeeded")).isEqualTo(1);
        assertThat(change(before, after, "refused")).isEqualTo(1);
        assertThat(change(before, after, "throttled")).isZero();
        assertThat(after.has("mentra_sign_in_throttled_total", "limit", "account")).isTrue();
    }

    private static io.restassured.response.Response signIn(Accounts.Person person, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", person.address())
                .body(Map.of("email", person.email(), "password", password)).post("/api/auth/sign-in");
    }

    private static double change(MetricsScrape before, MetricsScrape after, String outcome) {
        return after.value("mentra_sign_ins_total", "outcome", outcome)
                - before.value("mentra_sign_ins_total", "outcome", outcome);
    }
}
