package dev.mentra.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mentra.local.testing.JsonSurgery.Leaf;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.mentra.local.testing.HostileAnswers.abbreviate;
import static dev.mentra.local.testing.HostileAnswers.accepted;
import static dev.mentra.local.testing.HostileAnswers.namedRefusal;
import static dev.mentra.local.testing.HostileAnswers.notServerError;
import static dev.mentra.local.testing.HostileAnswers.refusal;
import static dev.mentra.local.testing.HostileRequest.encode;
import static dev.mentra.local.testing.HostileRequest.send;
import static dev.mentra.local.testing.HostileRequest.sendRaw;
import static dev.mentra.local.testing.JsonSurgery.PLACEHOLDER;
import static dev.mentra.local.testing.JsonSurgery.readJson;
import static dev.mentra.local.testing.JsonSurgery.replace;
import static dev.mentra.local.testing.JsonSurgery.walk;
import static dev.mentra.local.testing.JsonSurgery.withFormValue;
import static dev.mentra.local.testing.JsonSurgery.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Mentra service promises about bad input (architecture contract: bad input is a 4xx, never a 5xx): a
 * table of hostile values (NUL, lone surrogates, a 1 MB string, page numbers past {@code int}, negative sizes, wrong
 * JSON types, 10 000 levels of nesting, empty, non-JSON and mistyped bodies) is sent to every write and paging route
 * the service lists in {@link #routes()}, each starting from a valid request. Each answer must be a 4xx
 * problem+json without a stack trace; text PostgreSQL cannot store, wrong types and out-of-range numbers must be a
 * 400 naming the field. Afterwards the service still answers normally.
 * <p>Each service's test extends this with {@code @QuarkusTest} and lists its routes with valid samples. The
 * requests are {@link HostileRequest}s, the body surgery is {@link JsonSurgery}'s and what counts as a good answer
 * is {@link HostileAnswers}'.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class HostileInputContract {

    /** Every write route and every paging (or otherwise query-taking) route, each with a valid request. */
    protected abstract List<HostileRoute> routes();

    private static final String ONE_MB = "a".repeat(1024 * 1024);
    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    /** U+D800 in the bytes a careless encoder writes for it (CESU-8), percent-encoded for URLs. */
    private static final String SURROGATE_BYTES = "%ED%A0%80";

    private List<HostileRoute> routes;

    private List<HostileRoute> allRoutes() {
        if (routes == null) {
            routes = new ArrayList<>(routes());
            routes.addAll(platformRoutes());
        }
        return routes;
    }

    @TestFactory
    @Order(1)
    Stream<DynamicNode> everyRouteRefusesHostileInputWithA4xxProblem() {
        return allRoutes().stream().map(route -> DynamicContainer.dynamicContainer(route.toString(), variants(route)));
    }

    @Test
    @Order(2)
    void serviceStillAnswersNormallyAfterwards() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        for (HostileRoute route : allRoutes()) {
            if (route.method.equals("GET")) {
                Response answer = send(route, HostileRequest.of(route));
                assertThat(answer.statusCode()).as(route + " answers normally").isBetween(200, 299);
            }
        }
    }

    /**
     * An admin's {@code Authorization} header, for the platform's admin routes: a Clerk-shaped test token, which every
     * service but the issuer itself accepts in its tests.
     */
    protected Supplier<String> adminAuthorization() {
        return () -> "Bearer " + TestTokens.anyUser().roles("mentee", "admin").sign();
    }

    /** The routes the platform gives every service: the parked events' admin API. */
    private List<HostileRoute> platformRoutes() {
        Supplier<String> admin = adminAuthorization();
        return List.of(
                HostileRoute.get("/api/admin/parked-events").authorization(admin).query("consumer", "no-such-consumer")
                        .query("status", "all").page("page", 10_000).size("size", 200),
                // a consumer no event was parked for: the valid request replays nothing another test parked
                HostileRoute.post("/api/admin/parked-events/replay").authorization(admin)
                        .query("consumer", "no-such-consumer").query("limit", "10"));
    }

    // ---- the table of hostile variants

    private Stream<DynamicTest> variants(HostileRoute route) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(test("the valid request is let in", () -> {
            Response answer = send(route, HostileRequest.of(route));
            int status = answer.statusCode();
            assertThat(status).as(route + " valid request (" + answer.asString() + ")").isNotIn(401, 403)
                    .isLessThan(500);
            if (route.sampleStatuses.isEmpty()) {
                assertThat(status).as(route + " valid request (" + answer.asString() + ")").isBetween(200, 299);
            } else if (status >= 300) {
                assertThat(route.sampleStatuses).as(route + " valid request (" + answer.asString() + ")").contains(status);
            }
        }));
        route.pathParams.keySet().forEach(name -> pathVariants(route, name, tests));
        route.query.forEach(query -> queryVariants(route, query, tests));
        route.headers.keySet().forEach(name -> headerVariants(route, name, tests));
        if (route.json != null) {
            jsonVariants(route, tests);
        }
        if (route.form != null) {
            formVariants(route, tests);
        }
        if (route.hasBody()) {
            bodyVariants(route, tests);
        }
        return tests.stream();
    }

    private void pathVariants(HostileRoute route, String name, List<DynamicTest> tests) {
        tests.add(test("path " + name + " with NUL", () ->
                namedRefusal(send(route, HostileRequest.of(route).path(name, encode("a\u0000b"))), name)));
        tests.add(test("path " + name + " with a lone surrogate's bytes", () ->
                notServerError(send(route, HostileRequest.of(route).path(name, SURROGATE_BYTES)))));
        tests.add(test("path " + name + " of 2000 characters", () ->
                refusal(send(route, HostileRequest.of(route).path(name, "a".repeat(2000))))));
    }

    private void queryVariants(HostileRoute route, HostileRoute.Query query, List<DynamicTest> tests) {
        String name = query.name();
        Consumer<String> named = value -> tests.add(test("query " + name + "=" + abbreviate(value), () ->
                namedRefusal(send(route, HostileRequest.of(route).query(name, value)), name)));
        named.accept(encode("\u0000"));
        tests.add(test("query " + name + " with a lone surrogate's bytes", () ->
                notServerError(send(route, HostileRequest.of(route).query(name, SURROGATE_BYTES)))));
        tests.add(test("query " + name + " of 1 MB (the HTTP layer's line limit)", () ->
                assertThat(sendRaw(route, HostileRequest.of(route).query(name, ONE_MB))).isBetween(400, 499)));
        switch (query.kind()) {
            case TEXT -> tests.add(test("query " + name + " of 2000 characters", () ->
                    refusal(send(route, HostileRequest.of(route).query(name, "a".repeat(2000))))));
            case PAGE -> {
                Stream.of("-1", "2147483648", "2147483647", "-2147483649", "99999999999999999999", "1.5", "abc",
                        String.valueOf(query.max() + 1)).forEach(named);
                tests.add(test("query " + name + "=" + query.max() + " (the last page) with the largest size",
                        () -> {
                            HostileRequest last = HostileRequest.of(route).query(name, String.valueOf(query.max()));
                            for (HostileRoute.Query size : route.query) {
                                if (size.kind() == HostileRoute.QueryKind.SIZE) {
                                    last = last.query(size.name(), String.valueOf(size.max()));
                                }
                            }
                            assertThat(send(route, last).statusCode()).isBetween(200, 299);
                        }));
            }
            case SIZE -> Stream.of("-1", "0", "2147483648", "2147483647", "-2147483648", "abc",
                    String.valueOf(query.max() + 1)).forEach(named);
            case CURSOR -> {
                Stream.of("-1", "99999999999999999999", "abc").forEach(named);
                tests.add(test("query " + name + "=2147483648", () ->
                        notServerError(send(route, HostileRequest.of(route).query(name, "2147483648")))));
            }
        }
    }

    private void headerVariants(HostileRoute route, String name, List<DynamicTest> tests) {
        tests.add(test("header " + name + " with NUL", () -> {
            // no HTTP client sends this: written on a socket by hand
            int status = sendRaw(route, HostileRequest.of(route).header(name, "key\u0000value"));
            assertThat(status).isBetween(400, 499);
        }));
        // a header is bounded where it is kept (e.g. Idempotency-Key's pattern); one merely read may be ignored
        tests.add(test("header " + name + " of 1000 characters", () ->
                notServerError(send(route, HostileRequest.of(route).header(name, "a".repeat(1000))))));
    }

    private void jsonVariants(HostileRoute route, List<DynamicTest> tests) {
        JsonNode sample = readJson(route.json);
        List<Leaf> leaves = new ArrayList<>();
        walk(sample, new ArrayList<>(), leaves);
        // a foreign payload's types and sizes are its sender's: only "never a 5xx" is promised for them
        Consumer<Response> typed = route.foreignJson ? HostileAnswers::notServerError : null;
        for (Leaf leaf : leaves) {
            String field = leaf.name();
            String where = field.isEmpty() ? "the body" : field;
            Consumer<Response> wrongValue = typed != null ? typed : answer -> namedRefusal(answer, field);
            if (leaf.node().isTextual()) {
                boolean cleaned = route.cleaned.contains(field);
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("with NUL", "\"x\\u0000y\"");
                texts.put("with a lone high surrogate", "\"\\ud800x\"");
                texts.put("with a lone low surrogate", "\"x\\udc00\"");
                texts.forEach((what, literal) -> tests.add(test(where + " " + what, () -> {
                    Response answer = send(route, HostileRequest.of(route).body(replace(sample, leaf, literal)));
                    if (cleaned) {
                        accepted(route, answer);
                    } else {
                        namedRefusal(answer, field);
                    }
                })));
                tests.add(test(where + " of 1 MB", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "\"" + ONE_MB + "\""))))));
                tests.add(test(where + ": a number for text", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "12345"))))));
                tests.add(test(where + ": an object for text", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "{\"a\":1}"))))));
            } else if (leaf.node().isNumber()) {
                tests.add(test(where + ": text for a number", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "\"12\""))))));
            } else if (leaf.node().isBoolean()) {
                tests.add(test(where + ": text for a boolean", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "\"true\""))))));
            } else if (leaf.node().isArray()) {
                tests.add(test(where + ": an object for a list", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "{\"a\":1}"))))));
            } else if (leaf.node().isObject() && !field.isEmpty()) {
                tests.add(test(where + ": a list for an object", () ->
                        wrongValue.accept(send(route, HostileRequest.of(route).body(replace(sample, leaf, "[\"a\"]"))))));
            }
        }
        leaves.stream().filter(l -> l.node().isTextual() && !route.cleaned.contains(l.name())).findFirst()
                .ifPresent(leaf -> tests.add(test(leaf.name() + " with a lone surrogate as raw UTF-8 bytes", () -> {
                    String text = replace(sample, leaf, "\"x@@bytes@@\"");
                    int at = text.indexOf("@@bytes@@");
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    bytes.writeBytes(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                    bytes.writeBytes(text.substring(at + "@@bytes@@".length()).getBytes(StandardCharsets.UTF_8));
                    Response answer = send(route, HostileRequest.of(route).body(bytes.toByteArray()));
                    if (route.foreignJson) {
                        notServerError(answer);
                    } else {
                        refusal(answer);
                    }
                })));
        Consumer<Response> malformed = route.foreignJson ? HostileAnswers::notServerError
                : HostileAnswers::refusal;
        if (sample.isObject()) {
            tests.add(test("10 000 levels of nesting in an extra member", () -> {
                ObjectNode deeper = sample.deepCopy();
                deeper.put("hostileDepth", "@@hostile-value@@");
                refusal(send(route, HostileRequest.of(route).body(write(deeper).replace(PLACEHOLDER, DEEP))));
            }));
            tests.add(test("a list for the body", () ->
                    malformed.accept(send(route, HostileRequest.of(route).body("[" + route.json + "]")))));
        }
        tests.add(test("10 000 levels of nesting for the body", () ->
                refusal(send(route, HostileRequest.of(route).body(DEEP)))));
        tests.add(test("a body that is not JSON", () ->
                refusal(send(route, HostileRequest.of(route).body("this is not JSON {")))));
        tests.add(test("JSON sent as text/plain", () ->
                malformed.accept(send(route, HostileRequest.of(route).contentType("text/plain")))));
    }

    private void formVariants(HostileRoute route, List<DynamicTest> tests) {
        for (String pair : route.form.split("&")) {
            String name = pair.substring(0, Math.max(0, pair.indexOf('=')));
            if (name.isEmpty()) {
                continue;
            }
            tests.add(test("form field " + name + " with NUL", () ->
                    namedRefusal(send(route, HostileRequest.of(route).body(withFormValue(route.form, name, "a%00b"))), name)));
            tests.add(test("form field " + name + " with broken percent-encoding", () ->
                    namedRefusal(send(route, HostileRequest.of(route).body(withFormValue(route.form, name, "%zz"))), name)));
            tests.add(test("form field " + name + " with a lone surrogate's bytes", () ->
                    notServerError(send(route, HostileRequest.of(route).body(withFormValue(route.form, name, SURROGATE_BYTES))))));
            tests.add(test("form field " + name + " of 1 MB", () ->
                    notServerError(send(route, HostileRequest.of(route).body(withFormValue(route.form, name, ONE_MB))))));
        }
        tests.add(test("a form that is not form encoding", () ->
                notServerError(send(route, HostileRequest.of(route).body("%%%=&&=%")))));
        tests.add(test("a form sent as JSON", () ->
                refusal(send(route, HostileRequest.of(route).contentType("application/json")))));
    }

    private void bodyVariants(HostileRoute route, List<DynamicTest> tests) {
        tests.add(test("an empty body", () -> {
            Response answer = send(route, HostileRequest.of(route).body(new byte[0]));
            if (route.optionalBody || route.form != null || route.foreignJson) {
                notServerError(answer);
            } else {
                refusal(answer);
            }
        }));
    }

    private static DynamicTest test(String name, org.junit.jupiter.api.function.Executable check) {
        return DynamicTest.dynamicTest(name, check);
    }
}
