package dev.mentra.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Listens for the notification the outbox's trigger sends when a transaction that wrote events commits
 * ({@code mentra_outbox}, see migration V0_3) and wakes the {@link OutboxRelay} at once: an event leaves for Kafka
 * within milliseconds of its commit instead of at the relay's next poll. Every replica listens; the relay's
 * advisory lock still lets only one of them publish at a time.
 *
 * <p>The listener has a connection of its own (a pooled one cannot be held for LISTEN) and reconnects by itself;
 * while it is away, the relay's poll delivers, and it wakes the relay once back in case it missed a commit.
 */
@ApplicationScoped
public class OutboxWakeUp {

    static final String CHANNEL = "mentra_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile PgSubscriber subscriber;

    public OutboxWakeUp(Vertx vertx, OutboxRelay relay, OutboxConfig config,
                        @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                        @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.relay = relay;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.wakeOnCommit()) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options)
                // retry for ever, once a second: the database may be restarted under a running service
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL)
                // on every (re)connection: a commit may have gone unheard while the listener was away
                .subscribeHandler(v -> relay.wake())
                .handler(payload -> relay.wake());
        connect();
    }

    private void connect() {
        subscriber.connect().onFailure(e -> {
            LOG.warnf("Outbox relay cannot listen for commits yet (%s); it polls meanwhile", e.toString());
            vertx.setTimer(1000, id -> {
                if (subscriber != null && subscriber.closed()) {
                    connect();
                }
            });
        });
    }

    /** Whether commits wake the relay right now (false while the listener reconnects). */
    public boolean listening() {
        PgSubscriber s = subscriber;
        return s != null && s.actualConnection() != null;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        PgSubscriber s = subscriber;
        subscriber = null;
        if (s != null) {
            s.close();
        }
    }
}
