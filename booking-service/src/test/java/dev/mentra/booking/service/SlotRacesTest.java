package dev.mentra.booking.service;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotRacesTest {

    private final SlotRaces races = new SlotRaces();
    private final AtomicInteger attempts = new AtomicInteger();

    /** An attempt that ends when the test says so. */
    private Uni<String> attempt(CompletableFuture<String> result) {
        attempts.incrementAndGet();
        return Uni.createFrom().completionStage(result);
    }

    private static RuntimeException taken(String winner) {
        return new IllegalStateException("taken by " + winner);
    }

    @Test
    void whoeverComesWhileTheFirstAttemptRunsIsAnsweredFromItsResultWithoutAnAttemptOfTheirOwn() {
        CompletableFuture<String> first = new CompletableFuture<>();
        var winner = races.once("m@9", "ann k1", () -> attempt(first), SlotRacesTest::taken).subscribeAsCompletionStage();
        var losers = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> races.once("m@9", "bob" + i + " k", () -> attempt(new CompletableFuture<>()),
                        SlotRacesTest::taken).subscribeAsCompletionStage())
                .toList();
        first.complete("ann's booking");

        assertThat(winner.join()).isEqualTo("ann's booking");
        assertThat(losers).allSatisfy(loser -> assertThatThrownBy(loser::join)
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("taken by ann's booking"));
        assertThat(attempts).hasValue(1);
        assertThat(races.running()).isZero();
    }

    @Test
    void whenTheFirstAttemptFailsTheWaitingTryThemselves() {
        CompletableFuture<String> first = new CompletableFuture<>();
        var failed = races.once("m@10", "ann k1", () -> attempt(first), SlotRacesTest::taken).subscribeAsCompletionStage();
        var next = races.once("m@10", "bob k2", () -> attempt(CompletableFuture.completedFuture("bob's booking")),
                SlotRacesTest::taken).subscribeAsCompletionStage();
        first.completeExceptionally(new IllegalArgumentException("Acuity said no"));

        assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(next.join()).isEqualTo("bob's booking");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aResultThatLeavesTheSlotFreeLetsTheWaitingTry() {
        CompletableFuture<String> first = new CompletableFuture<>();
        races.once("m@11", "ann k1", () -> attempt(first), r -> null).subscribeAsCompletionStage();
        var next = races.once("m@11", "bob k2", () -> attempt(CompletableFuture.completedFuture("bob's")), r -> null)
                .subscribeAsCompletionStage();
        first.complete("a replay of another time");
        assertThat(next.join()).isEqualTo("bob's");
    }

    @Test
    void onePersonsRepeatedRequestGoesItsOwnWayAndOtherSlotsNeverWait() {
        CompletableFuture<String> first = new CompletableFuture<>();
        races.once("m@12", "ann k1", () -> attempt(first), SlotRacesTest::taken).subscribeAsCompletionStage();
        // the same key again (a double click): its own attempt, where the key makes it a replay
        var again = races.once("m@12", "ann k1", () -> attempt(CompletableFuture.completedFuture("replayed")),
                SlotRacesTest::taken).subscribeAsCompletionStage();
        var elsewhere = races.once("m@13", "bob k2", () -> attempt(CompletableFuture.completedFuture("bob's")),
                SlotRacesTest::taken).subscribeAsCompletionStage();
        assertThat(again.join()).isEqualTo("replayed");
        assertThat(elsewhere.join()).isEqualTo("bob's");
        assertThat(attempts).hasValue(3);
    }
}
