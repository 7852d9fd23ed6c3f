package dev.mentra.identity.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helper: people signing up and in through the real API, from their own client address. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /** A person who has just signed up: their token, their session cookie, their id. */
    public record Person(String id, String email, String token, String cookie, String address) {
        public Person withToken(String fresh) {
            return new Person(id, email, fresh, cookie, address);
        }
    }

    public static String freshEmail() {
        return "p-" + UUID.randomUUID() + "@example.org";
    }

    /** A different client address per person, so one test's failed sign-ins never throttle another's. */
    public static String freshAddress() {
        var r = new java.util.Random();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static Person signUp() {
        return signUp(freshEmail());
    }

    public static Person signUp(String email) {
        String address = freshAddress();
        Response response = given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", PASSWORD, "name", "Pat Example", "timeZone", "Europe/Lisbon"))
                .post("/api/auth/sign-up")
                .then().statusCode(201).extract().response();
        return new Person(response.jsonPath().getString("user.id"), email, response.jsonPath().getString("token"),
                response.getCookie("mentra_session"), address);
    }

    /** A fresh token from the session cookie (carries the roles as they are now). */
    public static String renew(Person person) {
        return given().cookie("mentra_session", person.cookie()).post("/api/auth/token")
                .then().statusCode(200).extract().jsonPath().getString("token");
    }

    public static String bearer(Person person) {
        return "Bearer " + person.token();
    }
}
