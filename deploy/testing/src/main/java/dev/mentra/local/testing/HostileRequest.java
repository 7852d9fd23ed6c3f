package dev.mentra.local.testing;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request of {@link HostileInputContract} to a route: its valid parts, one of them replaced. */
record HostileRequest(Map<String, String> path, Map<String, String> query, Map<String, String> headers,
                      byte[] body, String contentType) {

    /** Logging a request pretty-prints its body; 10 000 levels of indentation would fill the heap. */
    private static final RestAssuredConfig PLAIN = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig().enablePrettyPrinting(false));

    static HostileRequest of(HostileRoute route) {
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
        return new HostileRequest(path, query, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                route.json != null ? "application/json"
                        : route.form != null ? "application/x-www-form-urlencoded" : null);
    }

    HostileRequest path(String name, String encoded) {
        Map<String, String> more = new LinkedHashMap<>(path);
        more.put(name, encoded);
        return new HostileRequest(more, query, headers, body, contentType);
    }

    HostileRequest query(String name, String encoded) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, encoded);
        return new HostileRequest(path, more, headers, body, contentType);
    }

    HostileRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HostileRequest(path, query, more, body, contentType);
    }

    HostileRequest body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest body(byte[] bytes) {
        return new HostileRequest(path, query, headers, bytes, contentType == null ? "application/json" : contentType);
    }

    HostileRequest contentType(String type) {
        return new HostileRequest(path, query, headers, body, type);
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

    /** Sends it with REST Assured. */
    static Response send(HostileRoute route, HostileRequest request) {
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
    static int sendRaw(HostileRoute route, HostileRequest request) {
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

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
