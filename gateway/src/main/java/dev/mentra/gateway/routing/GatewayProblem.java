package dev.mentra.gateway.routing;

import io.vertx.core.json.JsonObject;

/** The gateway's own error answers, in the same RFC 9457 shape the services use. */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblem() {
    }

    public static JsonObject of(String slug, String title, int status, String detail, String instance) {
        return new JsonObject()
                .put("type", "https://mentra.dev/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }
}
