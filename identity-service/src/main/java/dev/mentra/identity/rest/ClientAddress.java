package dev.mentra.identity.rest;

import io.vertx.core.http.HttpServerRequest;

/** The caller's address as the gateway saw it (it appends to X-Forwarded-For); direct callers by socket. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
