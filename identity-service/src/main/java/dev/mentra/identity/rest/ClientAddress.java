package dev.mentra.identity.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The caller's address for sign-in throttling. Quarkus's forwarded-header support resolves it: from a trusted
 * proxy (the gateway, {@code quarkus.http.proxy.trusted-proxies}) it is the address the proxy put in
 * {@code X-Forwarded-For}; from anyone else it is the socket's peer, whatever headers they send.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        if (address == null) {
            return "unknown";
        }
        // an IP literal has a host address; anything else a proxy wrote is kept as written
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }
}
