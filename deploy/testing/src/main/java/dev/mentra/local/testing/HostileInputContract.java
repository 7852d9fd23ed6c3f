package dev.mentra.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Mentra service promises about bad input (architecture contract: bad input is a 4xx, never a 5xx): a
 * table of hostile values (NUL, lone surrogates, a 1 MB string, page numbers past {@code int}, negative sizes, wrong
 * JSON types, 10 000 levels of nesting, empty, non-JSON and mistyped bodies) is sent to every write and paging route
 * the service lists in {@link #routes()}, each starting from a valid request. Each answer must be a 4xx
 * problem+json without a stack trace; text PostgreSQL cannot store, wrong types and out-of-range numbers must be a
 * 400 naming the field. Afterwards the service still answers normally.
 * <p>Each service's test extends this with {@code @QuarkusTest} and lists its routes with valid samples.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class HostileInputContract {

    /** Every write route and every paging (or otherwise query-taking) route, each with a valid request. */
    protected abstract List<HostileRoute> routes();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Logging a request pretty-prints its body; 10 000 levels of indentation would fill the heap. */
    private static final RestAssuredConfig PLAIN = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig().enablePrettyPrinting(false));
    private static final String PLACEHOLDER = "\"@@hostile-value@@\"";
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
                Response answer = send(route, Request.of(route));
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
            Response answer = send(route, Request.of(route));
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
                namedRefusal(send(route, Request.of(route).path(name, encode("a\u0000b"))), name)));
        tests.add(test("path " + name + " with a lone surrogate's bytes", () ->
                notServerError(send(route, Request.of(route).path(name, SURROGATE_BYTES)))));
        tests.add(test("path " + name + " of 2000 characters", () ->
                refusal(send(route, Request.of(route).path(name, "a".repeat(2000))))));
    }

    private void queryVariants(HostileRoute route, HostileRoute.Query query, List<DynamicTest> tests) {
        String name = query.name();
        Consumer<String> named = value -> tests.add(test("query " + name + "=" + abbreviate(value), () ->
                namedRefusal(send(route, Request.of(route).query(name, value)), name)));
        named.accept(encode("\u0000"));
        tests.add(test("query " + name + " with a lone surrogate's bytes", () ->
                notServerError(send(route, Request.of(route).query(name, SURROGATE_BYTES)))));
        tests.add(test("query " + name + " of 1 MB (the HTTP layer's line limit)", () ->
                assertThat(sendRaw(route, Request.of(route).query(name, ONE_MB))).isBetween(400, 499)));
        switch (query.kind()) {
            case TEXT -> tests.add(test("query " + name + " of 2000 characters", () ->
                    refusal(send(route, Request.of(route).query(name, "a".repeat(2000))))));
            case PAGE -> {
                Stream.of("-1", "2147483648", "2147483647", "-2147483649", "99999999999999999999", "1.5", "abc",
                        String.valueOf(query.max() + 1)).forEach(named);
                tests.add(test("query " + name + "=" + query.max() + " (the last page) with the largest size",
                        () -> {
                            Request last = Request.of(route).query(name, String.valueOf(query.max()));
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
                        notServerError(send(route, Request.of(route).query(name, "2147483648")))));
            }
        }
    }

    private void headerVariants(HostileRoute route, String name, List<DynamicTest> tests) {
        tests.add(test("header " + name + " with NUL", () -> {
            // no HTTP client sends this: written on a socket by hand
            int status = sendRaw(route, Request.of(route).header(name, "key\u0000value"));
            assertThat(status).isBetween(400, 499);
        }));
        // a header is bounded where it is kept (e.g. Idempotency-Key's pattern); one merely read may be ignored
        tests.add(test("header " + name + " of 1000 characters", () ->
                notServerError(send(route, Request.of(route).header(name, "a".repeat(1000))))));
    }

    private void jsonVariants(HostileRoute route, List<DynamicTest> tests) {
        JsonNode sample = readJson(route.json);
        List<Leaf> leaves = new ArrayList<>();
        walk(sample, new ArrayList<>(), leaves);
        // a foreign payload's types and sizes are its sender's: only "never a 5xx" is promised for them
        Consumer<Response> typed = route.foreignJson ? HostileInputContract::notServerError : null;
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
                    Response answer = send(route, Request.of(route).body(replace(sample, leaf, literal)));
                    if (cleaned) {
                        accepted(route, answer);
                    } else {
                        namedRefusal(answer, field);
                    }
                })));
                tests.add(test(where + " of 1 MB", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "\"" + ONE_MB + "\""))))));
                tests.add(test(where + ": a number for text", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "12345"))))));
                tests.add(test(where + ": an object for text", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "{\"a\":1}"))))));
            } else if (leaf.node().isNumber()) {
                tests.add(test(where + ": text for a number", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "\"12\""))))));
            } else if (leaf.node().isBoolean()) {
                tests.add(test(where + ": text for a boolean", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "\"true\""))))));
            } else if (leaf.node().isArray()) {
                tests.add(test(where + ": an object for a list", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "{\"a\":1}"))))));
            } else if (leaf.node().isObject() && !field.isEmpty()) {
                tests.add(test(where + ": a list for an object", () ->
                        wrongValue.accept(send(route, Request.of(route).body(replace(sample, leaf, "[\"a\"]"))))));
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
                    Response answer = send(route, Request.of(route).body(bytes.toByteArray()));
                    if (route.foreignJson) {
                        notServerError(answer);
                    } else {
                        refusal(answer);
                    }
                })));
        Consumer<Response> malformed = route.foreignJson ? HostileInputContract::notServerError
                : HostileInputContract::refusal;
        if (sample.isObject()) {
            tests.add(test("10 000 levels of nesting in an extra member", () -> {
                ObjectNode deeper = sample.deepCopy();
                deeper.put("hostileDepth", "@@hostile-value@@");
                refusal(send(route, Request.of(route).body(write(deeper).replace(PLACEHOLDER, DEEP))));
            }));
            tests.add(test("a list for the body", () ->
                    malformed.accept(send(route, Request.of(route).body("[" + route.json + "]")))));
        }
        tests.add(test("10 000 levels of nesting for the body", () ->
                refusal(send(route, Request.of(route).body(DEEP)))));
        tests.add(test("a body that is not JSON", () ->
                refusal(send(route, Request.of(route).body("this is not JSON {")))));
        tests.add(test("JSON sent as text/plain", () ->
                malformed.accept(send(route, Request.of(route).contentType("text/plain")))));
    }

    private void formVariants(HostileRoute route, List<DynamicTest> tests) {
        for (String pair : route.form.split("&")) {
            String name = pair.substring(0, Math.max(0, pair.indexOf('=')));
            if (name.isEmpty()) {
                continue;
            }
            tests.add(test("form field " + name + " with NUL", () ->
                    namedRefusal(send(route, Request.of(route).body(withFormValue(route.form, name, "a%00b"))), name)));
            tests.add(test("form field " + name + " with broken percent-encoding", () ->
                    namedRefusal(send(route, Request.of(route).body(withFormValue(route.form, name, "%zz"))), name)));
            tests.add(test("form field " + name + " with a lone surrogate's bytes", () ->
                    notServerError(send(route, Request.of(route).body(withFormValue(route.form, name, SURROGATE_BYTES))))));
            tests.add(test("form field " + name + " of 1 MB", () ->
                    notServerError(send(route, Request.of(route).body(withFormValue(route.form, name, ONE_MB))))));
        }
        tests.add(test("a form that is not form encoding", () ->
                notServerError(send(route, Request.of(route).body("%%%=&&=%")))));
        tests.add(test("a form sent as JSON", () ->
                refusal(send(route, Request.of(route).contentType("application/json")))));
    }

    private void bodyVariants(HostileRoute route, List<DynamicTest> tests) {
        tests.add(test("an empty body", () -> {
            Response answer = send(route, Request.of(route).body(new byte[0]));
            if (route.optionalBody || route.form != null || route.foreignJson) {
                notServerError(answer);
            } else {
                refusal(answer);
            }
        }));
    }

    // ---- assertions

    /** A 4xx problem+json naming {@code field}. */
    private static void namedRefusal(Response answer, String field) {
        refusal(answer);
        assertThat(answer.statusCode()).as("status of " + answer.asString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        readJson(answer.asString()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        // an item of a set has no index to be named by: its list is named instead
        String container = field.replaceFirst("\\[\\d+]$", "");
        assertThat(fields).as("fields named by " + answer.asString())
                .containsAnyOf(field.isEmpty() ? "body" : field, container);
    }

    /**
     * A 4xx problem+json without a stack trace; or, from a streaming route whose answer had already begun, an event
     * stream whose first event carries a 4xx problem (how such routes report a refusal, e.g. an unknown id).
     */
    private static void refusal(Response answer) {
        if (answer.statusCode() == 200 && String.valueOf(answer.contentType()).startsWith("text/event-stream")) {
            String first = answer.asString().lines().filter(line -> line.startsWith("data:")).findFirst().orElse("");
            JsonNode event = readJson(first.isEmpty() ? "{}" : first.substring(5));
            assertThat(event.path("problem").path("status").asInt()).as("refusal in " + abbreviate(first))
                    .isBetween(400, 499);
            assertThat(first).doesNotContain("\tat ", ".java:", "Exception");
            return;
        }
        assertThat(answer.statusCode()).as("status of " + abbreviate(answer.asString())).isBetween(400, 499);
        problemWithoutStackTrace(answer);
    }

    /** Answered as the valid request is: text the contract cleans is taken, not refused. */
    private static void accepted(HostileRoute route, Response answer) {
        int status = answer.statusCode();
        if (status < 200 || status > 299) {
            assertThat(route.sampleStatuses).as(route + " takes cleaned text (" + abbreviate(answer.asString()) + ")")
                    .contains(status);
        }
    }

    /** Anything but a 5xx; a refusal is a problem+json without a stack trace. */
    private static void notServerError(Response answer) {
        assertThat(answer.statusCode()).as("status of " + abbreviate(answer.asString())).isLessThan(500);
        if (answer.statusCode() >= 400) {
            problemWithoutStackTrace(answer);
        }
    }

    private static void problemWithoutStackTrace(Response answer) {
        assertThat(answer.contentType()).as("content type of " + abbreviate(answer.asString()))
                .startsWith("application/problem+json");
        assertThat(answer.asString()).doesNotContain("\tat ", ".java:", "Exception");
    }

    // ---- requests

    /** One request to a route: its valid parts, one of them replaced. */
    private record Request(Map<String, String> path, Map<String, String> query, Map<String, String> headers,
                           byte[] body, String contentType) {

        static Request of(HostileRoute route) {
            Map<String, String> path = new LinkedHashMap<>();
            route.pathParams.forEach((name, value) -> path.put(name, encode(value)));
            Map<String, String> query = new LinkedHashMap<>();
            route.query.forEach(q -> query.put(q.name(), encode(q.sample())));
            Map<String, String> headers = new LinkedHashMap<>();
            route.headers.forEach((name, value) -> headers.put(name, value.get()));
            if (route.authorization != null) {
                headers.put("Authorization", route.authorization.get());
            }
            String body = route.json != null ? route.json : route.form;
            return new Request(path, query, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    route.json != null ? "application/json"
                            : route.form != null ? "application/x-www-form-urlencoded" : null);
        }

        Request path(String name, String encoded) {
            Map<String, String> more = new LinkedHashMap<>(path);
            more.put(name, encoded);
            return new Request(more, query, headers, body, contentType);
        }

        Request query(String name, String encoded) {
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put(name, encoded);
            return new Request(path, more, headers, body, contentType);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(path, query, more, body, contentType);
        }

        Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        Request body(byte[] bytes) {
            return new Request(path, query, headers, bytes, contentType == null ? "application/json" : contentType);
        }

        Request contentType(String type) {
            return new Request(path, query, headers, body, type);
        }

        String target(HostileRoute route) {
            String target = route.path;
            for (Map.Entry<String, String> p : path.entrySet()) {
                target = target.replace("{" + p.getKey() + "}", p.getValue());
            }
            StringBuilder withQuery = new StringBuilder(target);
            query.forEach((name, value) -> withQuery.append(withQuery.indexOf("?") < 0 ? '?' : '&')
                    .append(encode(name)).append('=').append(value));
            return withQuery.toString();
        }
    }

    private static Response send(HostileRoute route, Request request) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        if (route.signer != null && request.body() != null) {
            headers.putAll(route.signer.apply(request.body()));
        }
        RequestSpecification spec = RestAssured.given().config(PLAIN).urlEncodingEnabled(false).headers(headers);
        if (request.body() != null && request.contentType().startsWith("application/x-www-form-urlencoded")) {
            // REST Assured takes a form only as text; form encoding is ASCII, so the bytes stay the signed ones
            spec = spec.contentType(request.contentType())
                    .body(new String(request.body(), StandardCharsets.ISO_8859_1));
        } else if (request.body() != null) {
            spec = spec.contentType(request.contentType()).body(request.body());
        }
        return spec.request(route.method, request.target(route));
    }

    /**
     * Sends the request on a plain socket, for what HTTP clients refuse to write; returns the status. The server may
     * answer and close before it has read everything (a request line past the HTTP layer's limit): writing then fails
     * with a broken pipe, and the answer already sent is read all the same (an HTTP client gives up on the write).
     */
    private static int sendRaw(HostileRoute route, Request request) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (route.signer != null && request.body() != null) {
            headers.putAll(route.signer.apply(body));
        }
        URI base = URI.create(RestAssured.baseURI);
        StringBuilder head = new StringBuilder(route.method).append(' ').append(request.target(route))
                .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.contentType() != null) {
            head.append("Content-Type: ").append(request.contentType()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            try {
                socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write(body);
            } catch (IOException answeredEarly) {
                // read below what the server said before it stopped reading
            }
            byte[] status = new byte[12];
            int read = 0;
            try {
                for (int n; read < status.length && (n = socket.getInputStream().read(status, read, status.length - read)) > 0; ) {
                    read += n;
                }
            } catch (IOException reset) {
                // a reset after the status line arrived still leaves the status
            }
            if (read < status.length) {
                throw new AssertionError("no HTTP answer to " + route + " (" + read + " bytes)");
            }
            return Integer.parseInt(new String(status, 9, 3, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- JSON and form surgery

    /** A value in the sample body and the name a problem gives it ({@code rules.sessionMinutes}, {@code tags[2]}). */
    private record Leaf(List<Object> path, String name, JsonNode node) {
    }

    private static void walk(JsonNode node, List<Object> path, List<Leaf> leaves) {
        leaves.add(new Leaf(List.copyOf(path), name(path), node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(field.getKey());
                walk(field.getValue(), deeper, leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(i);
                walk(node.get(i), deeper, leaves);
            }
        }
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    /** The sample with the value at {@code leaf} replaced by a raw JSON literal. */
    private static String replace(JsonNode sample, Leaf leaf, String literal) {
        if (leaf.path().isEmpty()) {
            return literal;
        }
        JsonNode copy = sample.deepCopy();
        JsonNode parent = copy;
        for (Object step : leaf.path().subList(0, leaf.path().size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = leaf.path().get(leaf.path().size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, TextNode.valueOf("@@hostile-value@@"));
        } else {
            ((ObjectNode) parent).put((String) last, "@@hostile-value@@");
        }
        return write(copy).replace(PLACEHOLDER, literal);
    }

    private static String withFormValue(String form, String field, String encodedValue) {
        StringBuilder out = new StringBuilder();
        for (String pair : form.split("&")) {
            out.append(out.isEmpty() ? "" : "&");
            out.append(pair.startsWith(field + "=") ? field + "=" + encodedValue : pair);
        }
        return out.toString();
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static DynamicTest test(String name, org.junit.jupiter.api.function.Executable check) {
        return DynamicTest.dynamicTest(name, check);
    }
}
