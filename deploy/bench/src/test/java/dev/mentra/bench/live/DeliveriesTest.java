package dev.mentra.bench.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveriesTest {

    @Test
    void countsEachMessageOnceAndTheRestAsDuplicates() {
        Deliveries deliveries = new Deliveries();
        deliveries.sent(1, 1_000_000);
        deliveries.sent(2, 2_000_000);
        deliveries.sent(3, 3_000_000);

        deliveries.received(new BenchText("r", 1, 1_000_000), 6_000_000);
        deliveries.received(new BenchText("r", 1, 1_000_000), 9_000_000);
        deliveries.received(new BenchText("r", 2, 2_000_000), 4_000_000);

        assertThat(deliveries.delivered()).isEqualTo(2);
        assertThat(deliveries.duplicated()).isEqualTo(1);
        assertThat(deliveries.lost()).isEqualTo(1);
        assertThat(deliveries.postToReceive().count()).isEqualTo(2);
        assertThat(deliveries.postToReceive().summary().max()).isBetween(4.99, 5.01);
    }

    @Test
    void aMessageNobodySentIsAStrangerNotADelivery() {
        Deliveries deliveries = new Deliveries();
        deliveries.received(new BenchText("r", 7, 0), 1);
        assertThat(deliveries.delivered()).isZero();
        assertThat(deliveries.strangers()).isEqualTo(1);
    }

    @Test
    void acksAreTimedFromTheIntendedSend() {
        Deliveries deliveries = new Deliveries();
        deliveries.sent(1, 1_000_000);
        deliveries.acked(1, 4_000_000);
        deliveries.acked(99, 4_000_000);
        assertThat(deliveries.acked()).isEqualTo(1);
        assertThat(deliveries.sendToAck().summary().p50()).isBetween(2.99, 3.01);
    }
}
