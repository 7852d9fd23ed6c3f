package dev.mentra.booking.service;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mentra.booking.AcuityStandIn.acuity;
import static dev.mentra.booking.Fixtures.newUserId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

/** A mentor reads how their Acuity connection is doing, and only their own. */
@QuarkusTest
@WithTestResource(value = AcuityStandIn.class, scope = TestResourceScope.GLOBAL)
class AcuityStatusTest {

    private static final String TYPE = "4321";

    @Inject
    AcuitySync sync;

    /** Runs a reconciliation round now, as the scheduler would. */
    private void reconcile() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sync.reconcile());
    }

    @Test
    void aMentorSeesTheirOwnAcuityConnectionAndHowItsSyncWentAndNoOneElsesIt() throws Throwable {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        Fixtures.TestMentor other = Fixtures.humanMentor();
        given().auth().oauth2(mentor.token()).get("/api/availability/acuity").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(true))
                .body("scheduledByAcuity", org.hamcrest.Matchers.equalTo(true))
                .body("calendarId", org.hamcrest.Matchers.equalTo(calendar))
                .body("appointmentTypeId", org.hamcrest.Matchers.equalTo(TYPE))
                .body("lastSyncedAt", org.hamcrest.Matchers.nullValue());

        // Acuity fails the round for this calendar: the mentor sees why, and no sync yet
        StubMapping down = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments"))
                .withQueryParam("calendarID", equalTo(calendar))
                .willReturn(aResponse().withStatus(500).withBody("{\"status_code\":500,\"error\":\"server_error\"}")));
        reconcile();
        given().auth().oauth2(mentor.token()).get("/api/availability/acuity").then().statusCode(200)
                .body("lastAttemptAt", org.hamcrest.Matchers.notNullValue())
                .body("lastSyncedAt", org.hamcrest.Matchers.nullValue())
                .body("lastError", org.hamcrest.Matchers.notNullValue());

        acuity().removeStub(down);
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .willReturn(okJson("[]")));
        reconcile();
        given().auth().oauth2(mentor.token()).get("/api/availability/acuity").then().statusCode(200)
                .body("lastSyncedAt", org.hamcrest.Matchers.notNullValue())
                .body("lastError", org.hamcrest.Matchers.nullValue())
                .body("problems", hasSize(0));

        // another mentor sees their own (unconnected) state, never this one; a mentee has none; no token, no answer
        given().auth().oauth2(other.token()).get("/api/availability/acuity").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false))
                .body("calendarId", org.hamcrest.Matchers.nullValue())
                .body("lastAttemptAt", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).get("/api/availability/acuity").then()
                .statusCode(403);
        given().get("/api/availability/acuity").then().statusCode(401);
    }

}
