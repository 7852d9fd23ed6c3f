package dev.mentra.stack;

import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import org.awaitility.Awaitility;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The system test: starts the packaged stack exactly as the run command does (its own PostgreSQL, Kafka and five
 * application processes, on free ports) and drives it through the gateway like a client.
 */
class StackIT {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = SharedStack.get();
    }

    @Test
    void gatewayIsReadyWithEveryServiceBehindIt() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data", equalTo(Map.of(
                        "identity-service", "UP",
                        "mentor-service", "UP",
                        "booking-service", "UP",
                        "chat-service", "UP")));
    }

    @Test
    void anAdminSeesEachServicesParkedEventsThroughTheGatewayAndNobodyElseDoes() {
        String admin = SharedStack.signIn(DemoAccount.ADMIN);
        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        for (String service : new String[]{"identity", "mentor", "booking", "chat"}) {
            given().auth().oauth2(admin).get("/api/admin/" + service + "/parked-events").then().statusCode(200)
                    .header("Mentra-Service", service + "-service")
                    .body("page", equalTo(0));
            given().auth().oauth2(mentee).get("/api/admin/" + service + "/parked-events").then().statusCode(403)
                    .header("Mentra-Service", service + "-service");
        }
        given().get("/api/admin/booking/parked-events").then().statusCode(401);
    }


    @Test
    void everyPublicPrefixIsAnsweredByTheServiceThatOwnsIt() {
        Map<String, String> owners = Map.ofEntries(
                Map.entry("/api/auth/jwks", "identity-service"),
                Map.entry("/api/me", "identity-service"),
                Map.entry("/api/users/user_1", "identity-service"),
                Map.entry("/webhooks/clerk", "identity-service"),
                Map.entry("/api/mentors", "mentor-service"),
                Map.entry("/api/councils", "mentor-service"),
                Map.entry("/api/bookings", "booking-service"),
                Map.entry("/api/availability", "booking-service"),
                Map.entry("/webhooks/acuity", "booking-service"),
                Map.entry("/api/conversations", "chat-service"),
                Map.entry("/api/chat/ws", "chat-service"));
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", DemoAccount.MENTEE.email(), "password", DemoAccount.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
        owners.forEach((path, service) -> given().auth().oauth2(token).get(path).then()
                .header("Mentra-Service", service));
    }

    @Test
    void aPersonSignsUpSignsInSeesTheirProfileRenewsAndSignsOut() {
        String email = "journey-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long enough password", "name", "Jo Journey",
                        "timeZone", "Europe/Berlin"))
                .post("/api/auth/sign-up").then().statusCode(201);

        Response signIn = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long enough password"))
                .post("/api/auth/sign-in");
        signIn.then().statusCode(200);
        String token = signIn.jsonPath().getString("token");
        String cookie = signIn.getCookie("mentra_session");

        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("email", equalTo(email))
                .body("timeZone", equalTo("Europe/Berlin"))
                .header("Mentra-Service", "identity-service");
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");

        String renewed = given().cookie("mentra_session", cookie).post("/api/auth/token")
                .then().statusCode(200).extract().jsonPath().getString("token");
        given().auth().oauth2(renewed).get("/api/me").then().statusCode(200).body("email", equalTo(email));

        given().cookie("mentra_session", cookie).post("/api/auth/sign-out").then().statusCode(204);
        given().cookie("mentra_session", cookie).post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void theDemoAccountsOfTheLocalRunCanSignIn() {
        for (String email : new String[]{DemoAccount.MENTEE.email(), DemoAccount.MENTOR.email(), DemoAccount.ADMIN.email()}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", DemoAccount.PASSWORD))
                    .post("/api/auth/sign-in").then().statusCode(200).body("user.email", equalTo(email));
        }
    }

    @Test
    void theGatewayRefusesAForgedTokenBeforeAnyServiceSeesIt() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyX3gifQ.").get("/api/bookings")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anApprovedMentorApplicationShowsUpAsTheMentorRoleInTheApplicantsNextToken() {
        String email = "future-mentor-" + UUID.randomUUID() + "@example.org";
        Response signUp = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long enough password", "name", "Fran Future"))
                .post("/api/auth/sign-up");
        signUp.then().statusCode(201);
        String applicant = signUp.jsonPath().getString("token");
        String cookie = signUp.getCookie("mentra_session");

        String applicationId = given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body(Map.of("headline", "Product lead for early-stage teams",
                        "bio", "Ten years shipping products in small teams; I help new product managers find focus.",
                        "expertise", java.util.List.of("product", "discovery"), "languages", java.util.List.of("en"),
                        "timeZone", "Europe/Paris", "sessionMinutes", 30))
                .post("/api/mentors/applications").then().statusCode(201).extract().jsonPath().getString("id");

        String admin = given().contentType(ContentType.JSON)
                .body(Map.of("email", DemoAccount.ADMIN.email(), "password", DemoAccount.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
        String mentorId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/mentors/applications/" + applicationId + "/approve")
                .then().statusCode(200).extract().jsonPath().getString("id");
        given().get("/api/mentors/" + mentorId).then().statusCode(200).body("displayName", equalTo("Fran Future"));

        // mentor-service → mentors.v1 → identity-service: the role arrives with the next renewed token
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String renewed = given().cookie("mentra_session", cookie).post("/api/auth/token")
                    .then().statusCode(200).extract().jsonPath().getString("token");
            given().auth().oauth2(renewed).get("/api/me").then().body("roles", org.hamcrest.Matchers.hasItem("mentor"));
        });
    }

    @Test
    void theDemoMentorAccountHasAProfileInTheCatalog() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("kind", "HUMAN").queryParam("q", "senior lead roles").get("/api/mentors")
                        .then().statusCode(200).body("items.displayName", org.hamcrest.Matchers.hasItem("Oscar Mentor")));
    }

    @Test
    void aMenteeBooksTheDemoMentorAndBothSeeTheSessionThenItIsCancelled() {
        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        String mentor = SharedStack.signIn(DemoAccount.MENTOR);
        String bookingId = bookDemoMentor(mentee, "First session");
        given().auth().oauth2(mentor).get("/api/bookings").then().statusCode(200)
                .body("find { it.id == '%s' }.role".formatted(bookingId), equalTo("MENTOR"));
        given().auth().oauth2(mentor).get("/api/availability").then().statusCode(200)
                .body("configured", equalTo(true));
        given().auth().oauth2(mentee).get("/api/availability").then().statusCode(403);

        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of("reason", "Plans changed"))
                .post("/api/bookings/" + bookingId + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth().oauth2(mentor).get("/api/bookings/" + bookingId).then().statusCode(200)
                .body("statusReason", equalTo("Cancelled by the mentee: Plans changed"));
    }

    /** Books the demo mentor's first free slot (their hours open once mentors.v1 reaches booking-service). */
    static String bookDemoMentor(String menteeToken, String note) {
        String mentorId = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given()
                .queryParam("kind", "HUMAN").queryParam("q", "Oscar Mentor").get("/api/mentors")
                .jsonPath().getString("items.find { it.displayName == 'Oscar Mentor' }.id"), java.util.Objects::nonNull);
        Response slots = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(menteeToken)
                .queryParam("mentorId", mentorId).queryParam("timeZone", "America/New_York")
                .get("/api/bookings/slots"), r -> r.statusCode() == 200 && !r.jsonPath().getList("slots").isEmpty());
        String startsAt = slots.jsonPath().getString("slots[0].startsAt");
        return given().auth().oauth2(menteeToken).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("mentorId", mentorId, "startsAt", startsAt, "timeZone", "America/New_York", "note", note))
                .post("/api/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .extract().jsonPath().getString("id");
    }

    @Test
    void theWebClientIsServedWithTheSpaFallbackCachingCompressionAndAStrictPolicy() {
        String csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";
        // the app, at its root and at any client route (a reload on /mentors/x), never cached
        String index = given().get("/").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", org.hamcrest.Matchers.startsWith(csp))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertThat(index).contains("<div id=\"root\"></div>").doesNotContainPattern("<script>[^<]");
        given().get("/mentors/ai-finance").then().statusCode(200).header("Cache-Control", "no-store")
                .body(equalTo(index));
        given().get("/bookings?tab=past").then().statusCode(200).body(equalTo(index));

        // hashed assets: cached for good, compressed (brotli first, else gzip); a missing one is a 404
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("the entry script in index.html").isTrue();
        String asset = script.group(1);
        given().header("Accept-Encoding", "br, gzip").get(asset).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Encoding", "br")
                .contentType(org.hamcrest.Matchers.containsString("javascript"));
        given().header("Accept-Encoding", "gzip").get(asset).then().statusCode(200).header("Content-Encoding", "gzip");
        given().get("/assets/not-built-here-123.js").then().statusCode(404);

        // runtime settings; the API keeps answering as the API (never the app)
        given().get("/config.json").then().statusCode(200).header("Cache-Control", "no-store")
                .body("authMode", equalTo("local"));
        given().get("/api/mentors").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("json"));
        given().get("/api/nowhere").then().statusCode(401);
    }

    @Test
    void theCatalogIsBrowsableWithoutSigningIn() {
        given().queryParam("q", "burnout and boundaries").get("/api/mentors").then().statusCode(200)
                .body("items[0].id", equalTo("ai-wellbeing"));
        given().get("/api/councils").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem("council-launch"));
    }

    @Test
    void everyServiceIsReadyWithItsDatabaseAndTheBroker() {
        for (StackApp app : StackApp.values()) {
            given().baseUri(stack.url(app)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }
}
