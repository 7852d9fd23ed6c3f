package dev.mentra.booking;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.mentra.booking.client.AcuitySignature;
import dev.mentra.booking.client.AcuityTime;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Acuity Scheduling for tests: a WireMock server speaking Acuity's API v1 (Basic auth, its JSON shapes and date
 * format, its error bodies) and the webhooks Acuity sends, signed with the account's API key.
 */
public class AcuityStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String USER_ID = "19283746";
    public static final String API_KEY = "acuity-test-api-key";
    public static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((USER_ID + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
        server.start();
        return Map.of("quarkus.rest-client.acuity.url", server.baseUrl() + "/api/v1",
                "mentra.booking.acuity.user-id", USER_ID,
                "mentra.booking.acuity.api-key", API_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer acuity() {
        return server;
    }

    public static String newCalendarId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    public static long newAppointmentId() {
        return ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999);
    }

    /** An appointment as Acuity's API returns it (numbers for ids, strings for duration and price). */
    public static String appointment(long id, String calendarId, String typeId, OffsetDateTime start, String email,
                              String notes, boolean canceled) {
        return """
                {"id":%d,"firstName":"Pat","lastName":"Person","phone":"","email":"%s",
                 "date":"December 7, 2026","time":"9:00am","endTime":"10:00am","dateCreated":"November 24, 2026",
                 "datetimeCreated":"2026-11-24T10:00:00-0500","datetime":"%s","price":"120.00","priceSold":"120.00",
                 "paid":"no","amountPaid":"0.00","type":"Mentoring session","appointmentTypeID":%s,"classID":null,
                 "addonIDs":[],"category":"","duration":"60","calendar":"Mentor","calendarID":%s,
                 "certificate":null,"confirmationPage":"https://acuityscheduling.com/schedule.php?owner=1&action=appt",
                 "location":"","notes":%s,"timezone":"America/New_York","calendarTimezone":"Europe/Lisbon",
                 "canceled":%s,"canClientCancel":true,"canClientReschedule":true,"labels":null,"forms":[],
                 "formsText":""}""".formatted(id, email, AcuityTime.format(start), typeId, calendarId,
                notes == null ? "\"\"" : "\"" + notes.replace("\"", "\\\"").replace("\n", "\\n") + "\"", canceled);
    }

    /** Acuity's error body. */
    public static String error(int status, String error, String message) {
        return "{\"status_code\":%d,\"message\":\"%s\",\"error\":\"%s\"}".formatted(status, message, error);
    }

    /** Posts a webhook as Acuity does: form-encoded ids, signed with the API key (or a wrong one). */
    public static int sendWebhook(String action, long id, String calendarId, String typeId, String key) {
        String body = "action=" + URLEncoder.encode(action, StandardCharsets.UTF_8) + "&id=" + id
                + "&calendarID=" + calendarId + "&appointmentTypeID=" + typeId;
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("x-acuity-signature", AcuitySignature.sign(body.getBytes(StandardCharsets.UTF_8), key))
                .body(body)
                .post("/webhooks/acuity").statusCode();
    }
}
