package dev.mentra.chat.client;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A streamed answer as a {@link Uni} that completes when the stream has started (its first event came, or it ended
 * at once) and fails when it fails before that: fault tolerance, which guards a {@code Uni} and not a stream, then
 * times and counts the part that says whether mentor-service answers at all. The events, the first included, follow
 * in the returned stream; cancelling either cancels the HTTP call.
 */
final class AiStreams {

    private AiStreams() {
    }

    static <T> Uni<Multi<T>> started(Multi<T> stream) {
        return Uni.createFrom().emitter(start -> {
            UnicastProcessor<T> events = UnicastProcessor.create();
            AtomicBoolean pending = new AtomicBoolean(true);
            AtomicReference<Cancellable> call = new AtomicReference<>();
            Multi<T> rest = events.onCancellation().invoke(() -> cancel(call));
            call.set(stream.subscribe().with(
                    item -> {
                        events.onNext(item);
                        if (pending.compareAndSet(true, false)) {
                            start.complete(rest);
                        }
                    },
                    failure -> {
                        if (pending.compareAndSet(true, false)) {
                            start.fail(failure);
                        } else {
                            events.onError(failure);
                        }
                    },
                    () -> {
                        events.onComplete();
                        if (pending.compareAndSet(true, false)) {
                            start.complete(rest);
                        }
                    }));
            // given up before the stream started (a timeout): the call goes too
            start.onTermination(() -> {
                if (pending.compareAndSet(true, false)) {
                    cancel(call);
                }
            });
        });
    }

    private static void cancel(AtomicReference<Cancellable> call) {
        Cancellable c = call.get();
        if (c != null) {
            c.cancel();
        }
    }
}
