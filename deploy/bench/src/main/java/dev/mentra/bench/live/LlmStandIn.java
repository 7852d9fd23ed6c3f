package dev.mentra.bench.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A language model with fixed delays, for the AI benchmark: an OpenAI-compatible {@code POST …/chat/completions}
 * that streams (server-sent events, {@code chat.completion.chunk}) its first token after {@code firstToken} and one
 * more every {@code betweenTokens}, then {@code [DONE]}. mentor-service's LLM mode talks to it as to any
 * OpenAI-compatible server ({@code MENTRA_LLM_BASE_URL=http://127.0.0.1:<port>/v1}), so what the benchmark measures
 * above these delays is Mentra's own.
 */
public final class LlmStandIn {

    private static final String[] WORDS = ("Start with one small step today and write down what you learn from it "
            + "then ask yourself which step comes next").split(" ");

    private final Vertx vertx;
    private final Duration firstToken;
    private final Duration betweenTokens;
    private final int tokens;
    private final AtomicLong requests = new AtomicLong();
    private HttpServer server;

    public LlmStandIn(Vertx vertx, Duration firstToken, Duration betweenTokens, int tokens) {
        this.vertx = vertx;
        this.firstToken = firstToken;
        this.betweenTokens = betweenTokens;
        this.tokens = tokens;
    }

    public Future<Integer> listen(int port) {
        server = vertx.createHttpServer().requestHandler(this::handle);
        return server.listen(port, "127.0.0.1").map(HttpServer::actualPort);
    }

    /** Chat-completion requests answered so far. */
    public long requests() {
        return requests.get();
    }

    private void handle(HttpServerRequest request) {
        if (!request.path().endsWith("/chat/completions")) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onSuccess(body -> {
            requests.incrementAndGet();
            JsonObject ask = body.length() == 0 ? new JsonObject() : body.toJsonObject();
            String model = ask.getString("model", "stand-in");
            if (ask.getBoolean("stream", false)) {
                stream(request.response(), model);
            } else {
                vertx.setTimer(firstToken.toMillis(), id -> request.response()
                        .putHeader("content-type", "application/json").end(whole(model).encode()));
            }
        });
    }

    private void stream(HttpServerResponse response, String model) {
        response.setChunked(true).putHeader("content-type", "text/event-stream").putHeader("cache-control", "no-cache");
        vertx.setTimer(Math.max(1, firstToken.toMillis()), id -> token(response, model, 0));
    }

    private void token(HttpServerResponse response, String model, int index) {
        if (response.closed()) {
            return;
        }
        if (index == tokens) {
            response.write(event(chunk(model, new JsonObject(), "stop")));
            response.end("data: [DONE]\n\n");
            return;
        }
        String word = (index == 0 ? "" : " ") + WORDS[index % WORDS.length];
        response.write(event(chunk(model, new JsonObject().put("content", word), null)));
        vertx.setTimer(Math.max(1, betweenTokens.toMillis()), id -> token(response, model, index + 1));
    }

    private static JsonObject chunk(String model, JsonObject delta, String finishReason) {
        JsonObject choice = new JsonObject().put("index", 0).put("delta", delta).put("finish_reason", finishReason);
        return new JsonObject().put("id", "chatcmpl-bench").put("object", "chat.completion.chunk")
                .put("created", System.currentTimeMillis() / 1000).put("model", model)
                .put("choices", new JsonArray().add(choice));
    }

    private JsonObject whole(String model) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[i % WORDS.length]);
        }
        JsonObject message = new JsonObject().put("role", "assistant").put("content", text.toString());
        return new JsonObject().put("id", "chatcmpl-bench").put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", model)
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("message", message)
                        .put("finish_reason", "stop")))
                .put("usage", new JsonObject().put("prompt_tokens", 10).put("completion_tokens", tokens)
                        .put("total_tokens", 10 + tokens));
    }

    private static String event(JsonObject data) {
        return "data: " + data.encode() + "\n\n";
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }
}
