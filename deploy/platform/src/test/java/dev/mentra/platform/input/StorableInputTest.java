package dev.mentra.platform.input;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Text PostgreSQL cannot store, wrong JSON types, deep nesting and page numbers past every bound, against the
 * miniature service's {@code /inputs}, which stores every piece of text it is given: each is a 400 naming the field,
 * never the 500 PostgreSQL would cause.
 */
@QuarkusTest
class StorableInputTest {

    /** Logging a failed request pretty-prints its body: 10 000 levels of indentation would fill the heap. */
    private static final RestAssuredConfig NO_PRETTY_PRINTING = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig().enablePrettyPrinting(false));

    private static final String VALID = """
            {"text": "hello", "tags": ["a", "b", "c"], "labels": {"k": "v"}, "nested": {"name": "n"}, "count": 1, "flag": true,
             "at": "2026-03-02T10:15:00Z"}""";

    @Test
    void validInputOfEveryShapeIsStored() {
        given().contentType(ContentType.JSON).body(VALID).queryParam("q", "query").header("Idempotency-Key", "key-1")
                .post("/inputs/{key}", "path-key")
                .then().statusCode(200).body(equalTo("10"));
    }

    @Test
    void nulInAListItemIsRefusedNamingItsIndex() {
        refused(VALID.replace("\"c\"", "\"c\\u0000\""), "tags[2]", StorableText.NUL);
    }

    @Test
    void nulInANestedObjectIsRefusedNamingItsPath() {
        refused(VALID.replace("\"n\"", "\"\\u0000\""), "nested.name", StorableText.NUL);
    }

    @Test
    void nulInAMapKeyOrValueIsRefusedNamingTheMap() {
        refused(VALID.replace("\"k\"", "\"k\\u0000\""), "labels", "a key " + StorableText.NUL);
        refused(VALID.replace("\"v\"", "\"v\\u0000\""), "labels.k", StorableText.NUL);
    }

    @Test
    void loneSurrogatesAreRefusedWhereverTheyStand() {
        refused(VALID.replace("\"hello\"", "\"hi \\ud83d\""), "text", StorableText.LONE_SURROGATE);
        refused(VALID.replace("\"hello\"", "\"\\ude00 hi\""), "text", StorableText.LONE_SURROGATE);
        refused(VALID.replace("\"a\"", "\"\\ude00\\ud83d\""), "tags[0]", StorableText.LONE_SURROGATE);
    }

    @Test
    void aSurrogatePairIsText() {
        given().contentType(ContentType.JSON).body(VALID.replace("\"hello\"", "\"hi \\ud83d\\ude00\""))
                .post("/inputs/{key}", "emoji").then().statusCode(200);
    }

    @Test
    void aSurrogateEncodedAsRawUtf8BytesIsRefused() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"text\": \"x".getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 as CESU-8
        body.write("\"}".getBytes(StandardCharsets.US_ASCII));
        given().contentType(ContentType.JSON).body(body.toByteArray()).post("/inputs/{key}", "raw")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void nulInAPathQueryOrHeaderParameterIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body(VALID).post("/inputs/{key}", "a\u0000b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("key")).body("errors.message", hasItem(StorableText.NUL));
        given().contentType(ContentType.JSON).body(VALID).queryParam("q", "\u0000").post("/inputs/{key}", "k")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        given().contentType(ContentType.JSON).body(VALID).urlEncodingEnabled(false)
                .post("/inputs/k?q=%ED%A0%80%00").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void nulInAHeaderIsRefusedByTheHttpLayer() throws Exception {
        // HTTP clients will not send a NUL in a header: written by hand. The HTTP codec refuses it (a bare 400)
        // before any application code runs; RequestParameterGuard would name it if it ever got through.
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        String head = "POST /inputs/k HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: key\u0000x\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void wrongJsonTypesAreRefusedNamingTheField() {
        refusedAs(VALID.replace("\"hello\"", "5"), "text");
        refusedAs(VALID.replace("\"count\": 1", "\"count\": \"1\""), "count");
        refusedAs(VALID.replace("\"flag\": true", "\"flag\": \"true\""), "flag");
        refusedAs(VALID.replace("\"2026-03-02T10:15:00Z\"", "12345"), "at");
        refusedAs(VALID.replace("[\"a\", \"b\", \"c\"]", "{\"a\": 1}"), "tags");
        refusedAs(VALID.replace("{\"name\": \"n\"}", "[\"n\"]"), "nested");
    }

    @Test
    void deeplyNestedJsonIsRefusedAsMalformed() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        given().config(NO_PRETTY_PRINTING).contentType(ContentType.JSON).body("{\"text\": \"x\", \"unknown\": " + deep + "}")
                .post("/inputs/{key}", "deep")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/malformed-body"))
                .body("detail", containsString("nesting depth"));
        given().config(NO_PRETTY_PRINTING).contentType(ContentType.JSON).body(deep).post("/inputs/{key}", "deep")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPageNumberPastEveryBoundIsRefusedNamingIt() {
        for (String page : new String[]{"2147483648", "2147483647", "10001", "-1", "99999999999999999999", "x"}) {
            given().queryParam("page", page).get("/inputs")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
        }
        given().queryParam("size", "-5").get("/inputs").then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("after", "-1").get("/inputs").then().statusCode(400).body("errors.field", hasItem("after"));
        given().queryParam("after", "9223372036854775808").get("/inputs")
                .then().statusCode(400).body("errors.field", hasItem("after"));
    }

    @Test
    void theLastPageIsServed() {
        given().queryParam("page", "10000").queryParam("size", "100").get("/inputs").then().statusCode(200);
    }

    @Test
    void formFieldsAreHeldToTheSameRule() {
        given().contentType(ContentType.URLENC).body("action=scheduled&id=12").post("/inputs/form")
                .then().statusCode(200).body(equalTo("4"));
        given().contentType(ContentType.URLENC).body("action=sched%00uled&id=12").post("/inputs/form")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("action")).body("errors.message", hasItem(StorableText.NUL));
        given().contentType(ContentType.URLENC).body("action=%zz&id=12").post("/inputs/form")
                .then().statusCode(400).body("errors.field", hasItem("action"));
    }

    @Test
    void textWhoseContractSaysCleanedIsCleanedNotRefused() {
        given().contentType(ContentType.JSON).body("{\"text\": \"he\\u0000llo \\ud83d\\ude00\\ud83d\"}")
                .post("/inputs/chat")
                .then().statusCode(200).body(equalTo("hello \uD83D\uDE00"));
    }

    private static void refused(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body).post("/inputs/{key}", "k")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(message));
    }

    private static ValidatableResponse refusedAs(String body, String field) {
        return given().contentType(ContentType.JSON).body(body).post("/inputs/{key}", "k")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
