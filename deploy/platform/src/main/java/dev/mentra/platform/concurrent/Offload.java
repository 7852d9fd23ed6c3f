package dev.mentra.platform.concurrent;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs CPU-heavy or blocking work (password hashing, key generation) on a worker thread and continues on the
 * caller's Vert.x context, where the reactive Hibernate session of the current transaction lives.
 */
public final class Offload {

    private Offload() {
    }

    public static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<T> offloaded = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
            return caller == null ? offloaded : offloaded.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }
}
