package dev.mentra.platform.concurrent;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;

/**
 * Hops back to the caller's Vert.x context after work that completes elsewhere (a worker thread, a Kafka producer
 * callback, an HTTP client's thread, another request's outcome): the caller's reactive Hibernate session, its
 * trace context and its request state live on that context, and may only be used from it.
 */
public final class CallerContext {

    private CallerContext() {
    }

    /** Runs tasks on the current Vert.x context; off a context (a plain thread), runs them where they are. */
    public static Executor capture() {
        Context caller = Vertx.currentContext();
        return caller == null ? Runnable::run : task -> caller.runOnContext(ignored -> task.run());
    }

    /** {@code work}'s item or failure, delivered on the Vert.x context that subscribes (if any). */
    public static <T> Uni<T> resumeOn(Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return caller == null ? work : work.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    /** {@code work}'s items, failure and completion, delivered on the Vert.x context that subscribes (if any). */
    public static <T> Multi<T> resumeOn(Multi<T> work) {
        return Multi.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return caller == null ? work : work.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }
}
