package dev.mentra.mentor.catalog.rest;

import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.mentra.mentor.catalog.rest.AcuityCalendarTest.newAcuityId;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.application;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.approve;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.newUserId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Admins list mentors with what the catalog hides: Acuity connections and retired mentors. */
@QuarkusTest
class AdminMentorListTest {

    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();

    @Test
    void anAdminListsMentorsWithTheirAcuityConnectionAndFindsRetiredOnesWhenAsked() {
        String tag = "Rosterling " + UUID.randomUUID().toString().substring(0, 8);
        String connectedUser = newUserId();
        String connected = approve(applyAs(connectedUser, tag + " Ada"));
        String retired = approve(applyAs(newUserId(), tag + " Bo"));
        String calendar = newAcuityId();
        String type = newAcuityId();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("calendarId", calendar, "appointmentTypeId", type))
                .put("/api/mentors/" + connected + "/acuity").then().statusCode(200);
        given().auth().oauth2(ADMIN).post("/api/mentors/" + retired + "/retire").then().statusCode(204);

        given().auth().oauth2(ADMIN).queryParam("q", tag.toUpperCase()).queryParam("kind", "HUMAN")
                .get("/api/admin/mentors").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(connected))
                .body("items[0].userId", equalTo(connectedUser))
                .body("items[0].acuityCalendarId", equalTo(calendar))
                .body("items[0].acuityAppointmentTypeId", equalTo(type))
                .body("items[0].active", equalTo(true));
        given().auth().oauth2(ADMIN).queryParam("q", tag).queryParam("status", "all")
                .get("/api/admin/mentors").then().statusCode(200)
                .body("items.id", contains(connected, retired)); // active first
        given().auth().oauth2(ADMIN).queryParam("q", tag).queryParam("status", "retired")
                .get("/api/admin/mentors").then().statusCode(200)
                .body("items.id", contains(retired))
                .body("items[0].active", equalTo(false))
                .body("items[0].acuityCalendarId", nullValue());
    }

    @Test
    void searchTextIsASubstringNeverAPattern() {
        given().auth().oauth2(ADMIN).queryParam("q", "%_%").queryParam("status", "all")
                .get("/api/admin/mentors").then().statusCode(200).body("items", empty());
    }

    @Test
    void onlyAdminsListMentorsThisWay() {
        given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).get("/api/admin/mentors").then().statusCode(403);
        given().get("/api/admin/mentors").then().statusCode(401);
        given().auth().oauth2(ADMIN).queryParam("status", "gone").get("/api/admin/mentors").then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("size", 1000).get("/api/admin/mentors").then().statusCode(400);
    }

    @Test
    void anApplicationShowsTheAskedPriceToTheAdminDeciding() {
        String id = given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).contentType(ContentType.JSON)
                .body(application()).post("/api/mentors/applications").then().statusCode(201)
                .body("price.amountCents", equalTo(8000)).body("price.currency", equalTo("EUR"))
                .extract().jsonPath().getString("id");
        given().auth().oauth2(ADMIN).get("/api/mentors/applications/" + id).then().statusCode(200)
                .body("price.amountCents", equalTo(8000));
        Map<String, Object> free = new HashMap<>(application());
        free.remove("priceCents");
        free.remove("currency");
        given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).contentType(ContentType.JSON)
                .body(free).post("/api/mentors/applications").then().statusCode(201).body("price", nullValue());
    }

    private static String applyAs(String userId, String name) {
        Map<String, Object> body = new HashMap<>(application());
        body.put("displayName", name);
        return given().auth().oauth2(TestTokens.forUser(userId).sign()).contentType(ContentType.JSON).body(body)
                .post("/api/mentors/applications").then().statusCode(201).extract().jsonPath().getString("id");
    }
}
