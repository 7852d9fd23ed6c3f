package dev.mentra.bench.live;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.CompletableFuture;

/**
 * mentor-service's AI engine asked directly, as chat-service asks it: {@code POST /internal/ai/mentors/{id}/replies}
 * with chat-service's service credential and the person's token, answered as server-sent events ({@code delta}…,
 * then {@code final}). Times the first word (the first {@code delta} with text) and the whole answer.
 */
public final class EngineStream {

    /** When the first word and the end came, as {@link System#nanoTime} values; {@code error} if it failed. */
    public record Answer(long askedNanos, long firstWordNanos, long doneNanos, String error) {

        public boolean ok() {
            return error == null && firstWordNanos > 0;
        }
    }

    private final HttpClient client;
    private final String mentorServiceUrl;
    private final String credential;

    public EngineStream(Vertx vertx, String mentorServiceUrl, String credential) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(16).setKeepAlive(true));
        this.mentorServiceUrl = mentorServiceUrl;
        this.credential = credential;
    }

    public CompletableFuture<Answer> ask(String mentorId, String token, String question) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        long asked = System.nanoTime();
        long[] firstWord = {0};
        StringBuilder pending = new StringBuilder();
        String body = new JsonObject().put("messages", new JsonArray()
                .add(new JsonObject().put("speaker", "PERSON").put("text", question))).encode();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(mentorServiceUrl + "/internal/ai/mentors/" + mentorId + "/replies")
                .addHeader("Content-Type", "application/json").addHeader("Accept", "text/event-stream")
                .addHeader("Authorization", "Bearer " + token).addHeader("Mentra-Service-Credential", credential);
        client.request(options).compose(request -> request.send(Buffer.buffer(body))).onComplete(result -> {
            if (result.failed()) {
                answer.complete(new Answer(asked, 0, System.nanoTime(), result.cause().toString()));
                return;
            }
            var response = result.result();
            if (response.statusCode() != 200) {
                response.body().onComplete(b -> answer.complete(new Answer(asked, 0, System.nanoTime(),
                        response.statusCode() + " " + (b.succeeded() ? b.result() : ""))));
                return;
            }
            response.handler(chunk -> {
                long now = System.nanoTime();
                pending.append(chunk.toString());
                int end;
                while ((end = pending.indexOf("\n")) >= 0) {
                    String line = pending.substring(0, end).trim();
                    pending.delete(0, end + 1);
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    JsonObject event = new JsonObject(line.substring(5).trim());
                    switch (event.getString("type", "")) {
                        case "delta" -> {
                            if (firstWord[0] == 0 && !event.getString("text", "").isBlank()) {
                                firstWord[0] = now;
                            }
                        }
                        case "final" -> answer.complete(new Answer(asked, firstWord[0], now, null));
                        case "error" -> answer.complete(new Answer(asked, firstWord[0], now, event.encode()));
                        default -> {
                        }
                    }
                }
            });
            response.endHandler(v -> answer.complete(new Answer(asked, firstWord[0], System.nanoTime(),
                    firstWord[0] == 0 ? "stream ended without a word" : null)));
            response.exceptionHandler(e -> answer.complete(new Answer(asked, firstWord[0], System.nanoTime(),
                    e.toString())));
        });
        return answer;
    }

    public void close() {
        client.close();
    }
}
