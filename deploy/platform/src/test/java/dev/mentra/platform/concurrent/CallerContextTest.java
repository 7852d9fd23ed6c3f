package dev.mentra.platform.concurrent;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CallerContextTest {

    private final Vertx vertx = Vertx.vertx();
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        elsewhere.shutdownNow();
        vertx.close();
    }

    @Test
    void anItemProducedOnAnotherThreadIsDeliveredOnTheCallersContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Context> seenOn = new CompletableFuture<>();
        context.runOnContext(ignored -> CallerContext.resumeOn(
                        Uni.createFrom().item("done").runSubscriptionOn(elsewhere))
                .subscribe().with(item -> seenOn.complete(Vertx.currentContext()), seenOn::completeExceptionally));
        assertThat(seenOn.get(10, TimeUnit.SECONDS)).isSameAs(context);
    }

    @Test
    void aFailureIsDeliveredOnTheCallersContextToo() throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Context> seenOn = new CompletableFuture<>();
        context.runOnContext(ignored -> CallerContext.resumeOn(
                        Uni.createFrom().failure(new IllegalStateException("no")).runSubscriptionOn(elsewhere))
                .subscribe().with(item -> seenOn.complete(null), failure -> seenOn.complete(Vertx.currentContext())));
        assertThat(seenOn.get(10, TimeUnit.SECONDS)).isSameAs(context);
    }

    @Test
    void everyItemOfAStreamIsDeliveredOnTheCallersContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        List<Context> seenOn = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(ignored -> CallerContext.resumeOn(
                        Multi.createFrom().items(1, 2, 3).runSubscriptionOn(elsewhere))
                .subscribe().with(item -> seenOn.add(Vertx.currentContext()), done::completeExceptionally,
                        () -> done.complete(null)));
        done.get(10, TimeUnit.SECONDS);
        assertThat(seenOn).hasSize(3).allSatisfy(seen -> assertThat(seen).isSameAs(context));
    }

    @Test
    void offAContextTheOutcomeStaysWhereItWasProduced() {
        assertThat(CallerContext.resumeOn(Uni.createFrom().item(Thread::currentThread).runSubscriptionOn(elsewhere))
                .map(producer -> producer == Thread.currentThread()).await().atMost(java.time.Duration.ofSeconds(10)))
                .isTrue();
    }

    @Test
    void offloadedWorkContinuesOnTheCallersContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        context.runOnContext(ignored -> Offload.blocking(() -> Vertx.currentContext() == null)
                .subscribe().with(offThread -> result.complete(offThread && Vertx.currentContext() == context),
                        result::completeExceptionally));
        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
