package dev.mentra.platform.shutdown;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.Logger;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Takes WebSocket upgrades out of Quarkus's count of requests in flight. Quarkus 3.33 counts a request until its
 * response ends and, on SIGTERM, waits up to {@code quarkus.shutdown.timeout} for the count to reach zero; the
 * response of an upgrade never ends, not even when its socket closes, so every socket ever opened held each stop to
 * the full timeout ("Timed out waiting for graceful shutdown" 20 s after the last socket had closed). A socket is not
 * a request: whoever serves it hands it over on shutdown (chat-service closes its sockets with 1012).
 *
 * <p>Marks the request done through Quarkus's own (package-private) {@code QuarkusRequestWrapper.done()}, the call
 * its response would have made; should a later Quarkus move it, this logs once and stops are slow again, nothing worse.
 */
public final class UpgradedRequests {

    private static final Logger LOG = Logger.getLogger(UpgradedRequests.class);
    private static final MethodHandle DONE = findDone();

    private UpgradedRequests() {
    }

    /** Call once the upgrade of {@code request} is accepted; a no-op for a request Quarkus did not wrap. */
    public static void notInFlight(HttpServerRequest request) {
        if (DONE == null) {
            return;
        }
        try {
            QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(request);
            if (wrapper != null) {
                DONE.invoke(wrapper);
            }
        } catch (Throwable e) {
            LOG.debugf("Upgrade request not marked done: %s", e.toString());
        }
    }

    private static MethodHandle findDone() {
        try {
            return MethodHandles.privateLookupIn(QuarkusRequestWrapper.class, MethodHandles.lookup())
                    .findVirtual(QuarkusRequestWrapper.class, "done", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("WebSocket upgrades stay counted as requests in flight (%s): a stop waits for "
                    + "quarkus.shutdown.timeout", e.toString());
            return null;
        }
    }
}
