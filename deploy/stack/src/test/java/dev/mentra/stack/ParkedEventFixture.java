package dev.mentra.stack;

import dev.mentra.local.postgres.PostgresEndpoint;
import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Makes a parked event for the browser journey in which an admin replays it, the way one is made in production:
 * chat-service's inbox fails to apply a {@code booking.confirmed} (its database refuses the session room), parks
 * it and moves on; then the cause is fixed. Nothing in the stack's own API can break a consumer on purpose, so the
 * fixture does what an outage or a bad migration would: it holds chat-service's {@code conversation} table to a
 * constraint that refuses this one booking's room ({@code 23514}, a failure the inbox parks at once), publishes the
 * event on {@code bookings.v1}, waits until chat-service parked it, and lifts the constraint. The admin's replay
 * then opens the room, once.
 *
 * <p>The booking is the fixture's own (a fresh mentee and a fresh mentor account), so no other journey sees it.
 * Run {@link #main} to make one against a running stack (e.g. for {@code npx playwright test e2e/admin-operations}).
 */
final class ParkedEventFixture {

    /** What the journey needs: the booking whose room is parked, and the mentee who will see the room appear. */
    record Parked(String bookingId, String menteeEmail, String menteePassword) {

        Map<String, String> environment() {
            return Map.of("MENTRA_E2E_PARKED_BOOKING", bookingId, "MENTRA_E2E_PARKED_EMAIL", menteeEmail,
                    "MENTRA_E2E_PARKED_PASSWORD", menteePassword);
        }
    }

    private static final Duration PARKING_TIMEOUT = Duration.ofSeconds(60);

    private ParkedEventFixture() {
    }

    static Parked make(String gateway, String kafkaBootstrapServers, PostgresEndpoint database) throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "parked-" + run + "-password";
        String menteeEmail = "parked-mentee-" + run + "@mentra.local";
        String menteeId = signUp(gateway, menteeEmail, password, "Pat Parked");
        String mentorUserId = signUp(gateway, "parked-mentor-" + run + "@mentra.local", password, "Morgan Replay");
        String bookingId = "bkg_parked_" + run;
        String constraint = "e2e_parked_" + run;

        try (Connection chat = DriverManager.getConnection(database.jdbcUrl("chat"), database.user(), database.password());
             Statement sql = chat.createStatement()) {
            // NOT VALID: existing rows are not checked, only the room this booking would open
            sql.execute("ALTER TABLE conversation ADD CONSTRAINT " + constraint
                    + " CHECK (booking_id IS DISTINCT FROM '" + bookingId + "') NOT VALID");
            try {
                Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
                String event = TestEvents.envelope("booking.confirmed", bookingId, Map.of(
                        "bookingId", bookingId, "mentorId", "mtr_parked_" + run, "mentorUserId", mentorUserId,
                        "menteeId", menteeId, "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(45, ChronoUnit.MINUTES).toString(), "timeZone", "Europe/Lisbon",
                        "status", "CONFIRMED"));
                try (TopicWriter writer = new TopicWriter(kafkaBootstrapServers)) {
                    writer.send("bookings.v1", bookingId, event);
                }
                awaitParked(gateway, bookingId);
            } finally {
                // the cause is fixed: from now on the room can be opened, by a replay
                sql.execute("ALTER TABLE conversation DROP CONSTRAINT IF EXISTS " + constraint);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold chat-service's table to make a parked event", e);
        }
        return new Parked(bookingId, menteeEmail, password);
    }

    private static String signUp(String gateway, String email, String password, String name) {
        return given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "name", name, "timeZone", "Europe/Lisbon"))
                .post("/api/auth/sign-up").then().statusCode(201).extract().jsonPath().getString("user.id");
    }

    private static void awaitParked(String gateway, String bookingId) throws InterruptedException {
        String admin = given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("email", DemoAccount.ADMIN.email(), "password", DemoAccount.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
        Instant deadline = Instant.now().plus(PARKING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonPath page = given().baseUri(gateway).auth().oauth2(admin).queryParam("size", 200)
                    .get("/api/admin/chat/parked-events").then().statusCode(200).extract().jsonPath();
            List<String> subjects = page.getList("items.subject", String.class);
            if (subjects.contains(bookingId)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("chat-service did not park booking " + bookingId + " within " + PARKING_TIMEOUT);
    }

    /**
     * Against a running stack: {@code gatewayUrl kafkaBootstrap pgHost pgPort pgUser pgPassword}; prints the
     * environment the journey reads.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: ParkedEventFixture gatewayUrl kafkaBootstrap pgHost pgPort pgUser pgPassword");
            System.exit(2);
        }
        Parked parked = make(args[0], args[1], new PostgresEndpoint(args[2], Integer.parseInt(args[3]), args[4], args[5]));
        parked.environment().forEach((key, value) -> System.out.println(key + "=" + value));
    }
}
