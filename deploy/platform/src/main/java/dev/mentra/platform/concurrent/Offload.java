package dev.mentra.platform.concurrent;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.util.function.Supplier;

/**
 * Runs CPU-heavy or blocking work (password hashing, key generation) on a worker thread and continues on the
 * caller's Vert.x context, where the reactive Hibernate session of the current transaction lives.
 */
public final class Offload {

    private Offload() {
    }

    public static <T> Uni<T> blocking(Supplier<T> work) {
        return CallerContext.resumeOn(
                Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
