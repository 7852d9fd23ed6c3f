package dev.mentra.platform.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

import java.net.URI;

/**
 * The one place an RFC 9457 problem body is made: its media type, the {@code https://mentra.dev/problems/<slug>}
 * type and the members in their order. Plain Vert.x routes (token refusals, the internal-route guard, the gateway's
 * own answers) write it with {@link #send}; REST resources return deploy/platform's {@code Problem} record, whose
 * type comes from {@link #type}.
 */
public final class ProblemBody {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://mentra.dev/problems/";

    private ProblemBody() {
    }

    /** The stable type of a kind of problem, e.g. {@code rate-limited}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, in this order. */
    public static JsonObject of(String slug, String title, int status, String detail, String instance) {
        return new JsonObject()
                .put("type", type(slug).toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }

    /** Answers with the problem's status, the problem+json media type and the body. */
    public static void send(HttpServerResponse response, JsonObject problem) {
        response.setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
