package dev.mentra.platform.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/** Runs reactive work with a given trace context as the current one, for as long as the work runs. */
public final class Traced {

    private Traced() {
    }

    /**
     * Runs {@code work} with {@code context} current until its Uni ends: what it does on the caller's Vert.x
     * (duplicated) context, such as writing outbox events in a transaction, belongs to that context's span. Off a
     * Vert.x context only the synchronous part sees it (a thread-local scope cannot outlive its thread's call).
     */
    public static <T> Uni<T> within(Context context, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            io.vertx.core.Context vertx = Vertx.currentContext();
            if (vertx == null || !VertxContext.isDuplicatedContext(vertx)) {
                try (Scope ignored = context.makeCurrent()) {
                    return work.get();
                }
            }
            // Quarkus keeps the current trace context in the duplicated context's locals, which this scope restores
            Scope scope = context.makeCurrent();
            Uni<T> started;
            try {
                started = work.get();
            } catch (RuntimeException e) {
                scope.close();
                throw e;
            }
            return started.onTermination().invoke(scope::close);
        });
    }
}
