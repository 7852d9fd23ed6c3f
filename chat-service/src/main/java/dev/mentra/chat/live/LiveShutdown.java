package dev.mentra.chat.live;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands this replica's sockets over to the others when it stops. On SIGTERM readiness goes DOWN at once and stays
 * so for the shutdown delay ({@code quarkus.shutdown.delay}), long enough for Services and load balancers to stop
 * sending new sockets here. When the delay is over every socket is closed with 1012 "service restart": clients
 * reconnect, land on another replica and catch up with {@code afterSeq}. A socket that still opens here after that
 * is closed the same way at once.
 *
 * <p>Timed from the start of the delay rather than on {@link ShutdownEvent}: Quarkus fires that only once requests in
 * flight are done (up to {@code quarkus.shutdown.timeout}), and the sockets should move while those finish. A socket
 * itself is not counted as a request in flight ({@code UpgradedRequests} in {@link SocketAuthCheck}).
 */
@ApplicationScoped
class LiveShutdown {

    /** RFC 6455: the server is restarting; a client may reconnect (elsewhere) at once. */
    static final int CLOSE_SERVICE_RESTART = 1012;

    private static final Logger LOG = Logger.getLogger(LiveShutdown.class);
    /** How long the stop waits for the close frames to leave before Vert.x goes. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final LiveSockets sockets;
    private final Vertx vertx;
    private final Duration delay;
    private final AtomicBoolean handedOver = new AtomicBoolean();

    LiveShutdown(LiveSockets sockets, Vertx vertx,
                 @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.sockets = sockets;
        this.vertx = vertx;
        // as Quarkus itself: no delay in dev mode
        this.delay = LaunchMode.current() == LaunchMode.DEVELOPMENT ? Duration.ZERO : delay.orElse(Duration.ZERO);
    }

    void delayStarted(@Observes ShutdownDelayInitiatedEvent event) {
        LOG.infof("Shutting down: ready is DOWN; the %d open sockets are closed with %d in %d ms",
                sockets.count(), CLOSE_SERVICE_RESTART, delay.toMillis());
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> closeAll());
    }

    /** After the requests in flight: closes the sockets if the delay did not (none), lets the close frames leave. */
    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        closeAll();
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        while (sockets.count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void closeAll() {
        if (!handedOver.compareAndSet(false, true)) {
            return;
        }
        int closed = sockets.closeAll(CLOSE_SERVICE_RESTART, "service restart");
        if (closed > 0) {
            LOG.infof("Closed %d sockets with %d: their clients reconnect to another replica", closed,
                    CLOSE_SERVICE_RESTART);
        }
    }
}
