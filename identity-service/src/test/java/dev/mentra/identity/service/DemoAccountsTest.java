package dev.mentra.identity.service;

import dev.mentra.identity.testing.Accounts;
import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The local run's demo accounts have fixed user ids: mentor-service knows the demo mentor by its id, never by the
 * email anyone could sign up with where demo accounts are off. The accounts are those the launcher offers and the
 * system tests sign in as ({@link DemoAccount}).
 */
@QuarkusTest
class DemoAccountsTest {

    @Inject
    DemoAccounts demo;

    private final TestDatabase db = TestDatabase.of("identity");

    @Test
    void theDemoMentorAccountHasTheFixedIdMentorServiceKnows() throws Throwable {
        // what start-up does with MENTRA_DEMO_ACCOUNTS=true (off in tests); twice is the same as once
        VertxContextSupport.subscribeAndAwait(() -> demo.createMissing());
        VertxContextSupport.subscribeAndAwait(() -> demo.createMissing());

        given().contentType(ContentType.JSON)
                .body(Map.of("email", DemoAccount.MENTOR.email(), "password", DemoAccount.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200)
                .body("user.id", equalTo(DemoAccount.MENTOR.userId()));
        for (DemoAccount account : DemoAccount.values()) {
            assertThat(db.rows("SELECT id FROM app_user WHERE email = ?", account.email()))
                    .as(account.email()).singleElement().extracting(row -> row.get("id")).isEqualTo(account.userId());
        }
    }

    @Test
    void someoneSigningUpIsNeverGivenADemoId() {
        String id = Accounts.signUp().id();
        assertThat(id).startsWith("user_").hasSize("user_".length() + 27)
                .isNotIn(DemoAccounts.MENTEE_USER_ID, DemoAccounts.MENTOR_USER_ID, DemoAccounts.ADMIN_USER_ID);
    }
}
