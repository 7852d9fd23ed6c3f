package dev.mentra.local.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One route of a service as {@link HostileInputContract} attacks it: its method and path, a valid request (path
 * parameters, query parameters, headers, body) and how a caller is let in. Every part of the valid request is the
 * starting point of hostile variants.
 */
public final class HostileRoute {

    /** How a query parameter is attacked. */
    enum QueryKind { TEXT, PAGE, SIZE, CURSOR }

    record Query(String name, String sample, QueryKind kind, long max) {
    }

    final String method;
    final String path;
    final Map<String, String> pathParams = new LinkedHashMap<>();
    final List<Query> query = new ArrayList<>();
    final Map<String, Supplier<String>> headers = new LinkedHashMap<>();
    final Set<String> cleaned = new LinkedHashSet<>();
    String json;
    String form;
    boolean optionalBody;
    boolean foreignJson;
    Supplier<String> authorization;
    Function<byte[], Map<String, String>> signer;
    Set<Integer> sampleStatuses = Set.of();

    private HostileRoute(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static HostileRoute get(String path) {
        return new HostileRoute("GET", path);
    }

    public static HostileRoute post(String path) {
        return new HostileRoute("POST", path);
    }

    public static HostileRoute put(String path) {
        return new HostileRoute("PUT", path);
    }

    public static HostileRoute patch(String path) {
        return new HostileRoute("PATCH", path);
    }

    public static HostileRoute delete(String path) {
        return new HostileRoute("DELETE", path);
    }

    /** A valid value of the path parameter {@code {name}}. */
    public HostileRoute pathParam(String name, String sample) {
        pathParams.put(name, sample);
        return this;
    }

    /** A free-text or enumerated query parameter with a valid value. */
    public HostileRoute query(String name, String sample) {
        query.add(new Query(name, sample, QueryKind.TEXT, 0));
        return this;
    }

    /** A page number: 0 to {@code max}, both served; anything else is a 400 naming it. */
    public HostileRoute page(String name, long max) {
        query.add(new Query(name, "0", QueryKind.PAGE, max));
        return this;
    }

    /** A page size: 1 to {@code max}; anything else is a 400 naming it. */
    public HostileRoute size(String name, long max) {
        query.add(new Query(name, String.valueOf(Math.min(max, 20)), QueryKind.SIZE, max));
        return this;
    }

    /** A position such as a sequence number ({@code after}, {@code before}): any non-negative long is valid. */
    public HostileRoute cursor(String name, String sample) {
        query.add(new Query(name, sample, QueryKind.CURSOR, Long.MAX_VALUE));
        return this;
    }

    /** A header the route reads, with a valid value (a supplier, for values that must be new each time). */
    public HostileRoute header(String name, Supplier<String> sample) {
        headers.put(name, sample);
        return this;
    }

    /** A valid JSON body. */
    public HostileRoute json(String body) {
        this.json = body;
        return this;
    }

    /** A valid form-encoded body ({@code a=1&b=2}). */
    public HostileRoute form(String body) {
        this.form = body;
        return this;
    }

    /** The route also accepts no body at all (an empty body is not a mistake here). */
    public HostileRoute optionalBody() {
        this.optionalBody = true;
        return this;
    }

    /**
     * The JSON body is a payload another system defines and signs (a webhook's event), read as a tree rather than
     * bound to types: text PostgreSQL cannot store must still be refused by name; for every other variant the route
     * only promises not to fail (the sender's schema, not ours, says what a field holds).
     */
    public HostileRoute foreignJson() {
        this.foreignJson = true;
        return this;
    }

    /**
     * JSON fields (by path, e.g. {@code text}) whose contract says text is cleaned rather than refused: NUL and lone
     * surrogates in them must be answered as the valid request is.
     */
    public HostileRoute cleaned(String... fields) {
        cleaned.addAll(List.of(fields));
        return this;
    }

    /** The {@code Authorization} header of an allowed caller, asked for before every request. */
    public HostileRoute authorization(Supplier<String> header) {
        this.authorization = header;
        return this;
    }

    /** Headers that sign the exact body bytes (webhooks): hostile bodies are signed too, so they get past the door. */
    public HostileRoute signedBy(Function<byte[], Map<String, String>> signer) {
        this.signer = signer;
        return this;
    }

    /**
     * What the valid request answers, when not 2xx (e.g. 409 for a one-time action already taken); it must never be
     * 401 or 403, or every hostile variant would be refused at the door and prove nothing.
     */
    public HostileRoute sampleAnswers(Integer... statuses) {
        this.sampleStatuses = Set.of(statuses);
        return this;
    }

    boolean hasBody() {
        return json != null || form != null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
