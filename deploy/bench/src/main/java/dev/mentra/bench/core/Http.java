package dev.mentra.bench.core;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP/1.1 clients on one Vert.x instance, one per source address (see {@link SourceAddresses}), each keeping
 * its connections alive. Non-blocking ({@link #send}) for load, blocking ({@link #call}) for set-up.
 */
public final class Http implements AutoCloseable {

    /** Set-up calls wait this long; bcrypt on a busy machine is slow by design. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final int connectionsPerAddress;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    /** @param connectionsPerAddress the pool size of each source address's client */
    public Http(int connectionsPerAddress) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.connectionsPerAddress = connectionsPerAddress;
    }

    /** One request and its answer; what the benchmarks need of HTTP. */
    public record Request(HttpMethod method, String url, Map<String, String> headers, String body,
                          String sourceAddress) {

        public static Request get(String url) {
            return new Request(HttpMethod.GET, url, Map.of(), null, null);
        }

        public static Request post(String url, String json) {
            return new Request(HttpMethod.POST, url, Map.of("Content-Type", "application/json"), json, null);
        }

        public static Request put(String url, String json) {
            return new Request(HttpMethod.PUT, url, Map.of("Content-Type", "application/json"), json, null);
        }

        public Request header(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, url, Map.copyOf(more), body, sourceAddress);
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Sends from this loopback address (null: the system's choice). */
        public Request from(String address) {
            return new Request(method, url, headers, body, address);
        }
    }

    public record Response(int status, String body, MultiMap headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The value of a cookie the answer sets, or null. */
        public String cookie(String name) {
            for (String header : headers.getAll("Set-Cookie")) {
                if (header.startsWith(name + "=")) {
                    int end = header.indexOf(';');
                    return header.substring(name.length() + 1, end < 0 ? header.length() : end);
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public CompletableFuture<Response> send(Request request) {
        RequestOptions options = new RequestOptions().setMethod(request.method()).setAbsoluteURI(request.url());
        request.headers().forEach(options::addHeader);
        Future<Response> answer = client(request.sourceAddress()).request(options)
                .compose(req -> (request.body() == null ? req.send() : req.send(Buffer.buffer(request.body())))
                        .compose(resp -> resp.body().map(body -> new Response(resp.statusCode(), body.toString(),
                                resp.headers()))));
        return answer.toCompletionStage().toCompletableFuture();
    }

    /** Sends and waits for the answer (set-up and checks, never on a Vert.x thread). */
    public Response call(Request request) {
        try {
            return send(request).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(request.method() + " " + request.url() + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(request.method() + " " + request.url() + " got no answer in "
                    + CALL_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpClient client(String sourceAddress) {
        String key = sourceAddress == null ? "" : sourceAddress;
        return clients.computeIfAbsent(key, address -> {
            HttpClientOptions options = new HttpClientOptions().setKeepAlive(true)
                    .setMaxPoolSize(connectionsPerAddress).setConnectTimeout(5_000).setIdleTimeout(30)
                    .setMaxWaitQueueSize(-1);
            if (!address.isEmpty()) {
                options.setLocalAddress(address);
            }
            return vertx.createHttpClient(options);
        });
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null)
                .join();
    }
}
