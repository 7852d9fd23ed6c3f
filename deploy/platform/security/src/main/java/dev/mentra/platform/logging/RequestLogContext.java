package dev.mentra.platform.logging;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts the request id in the log context of every HTTP request, so each log line of the request carries it (the JSON
 * logs' {@code mdc.requestId}) next to the trace id OpenTelemetry adds. The gateway sets {@code X-Request-Id} on
 * every call it forwards; a request without one, or with one that is not a plain token, gets a new id here, written
 * back to the request so the gateway forwards that same id.
 */
@ApplicationScoped
public class RequestLogContext {

    public static final String HEADER = "X-Request-Id";
    /** The log-context (MDC) key of the request id. */
    public static final String REQUEST_ID = "requestId";

    // what a caller may choose as its id: enough for UUIDs and the usual tracing ids, nothing that could forge a log
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        // before everything else: the request id is there for every line any other filter logs
        filters.register(this::tag, 1000);
    }

    private void tag(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !PLAIN.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
        }
        MDC.put(REQUEST_ID, id);
        rc.next();
    }
}
