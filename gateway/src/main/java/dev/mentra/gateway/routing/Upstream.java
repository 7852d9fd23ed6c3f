package dev.mentra.gateway.routing;

/** The services behind the gateway. */
public enum Upstream {
    IDENTITY("identity-service"),
    MENTOR("mentor-service"),
    BOOKING("booking-service"),
    CHAT("chat-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
