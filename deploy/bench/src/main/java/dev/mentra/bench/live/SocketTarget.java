package dev.mentra.bench.live;

import java.net.URI;

/** Where a chat socket is opened: the gateway, a bare relay in front of chat-service, or the bare pub/sub server. */
public record SocketTarget(String name, String host, int port) {

    public static final String PATH = "/api/chat/ws";

    public static SocketTarget of(String name, String baseUrl) {
        URI uri = URI.create(baseUrl);
        return new SocketTarget(name, uri.getHost(), uri.getPort());
    }

    String uri(String token) {
        return PATH + "?access_token=" + token;
    }
}
